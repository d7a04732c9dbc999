import { describe, expect, it } from 'vitest';
import { runModuleStep } from '../test-support';
import { checkSelfContained } from './check-self-contained';

const header = 'const { AbsoluteFill, useCurrentFrame } = window.Remotion;\n';

describe('check-self-contained', () => {
  it('accepts module declarations, browser globals and contract globals', async () => {
    const source = `${header}
const palette = ['#fff'];
export default function Scene({ label }: { label: Props }) {
  const frame = useCurrentFrame();
  const [hover] = React.useState(false);
  const t = Math.sin(frame) + Number.parseFloat('1') + window.innerWidth + performance.now();
  requestAnimationFrame(() => console.log(JSON.stringify({ t, hover, label })));
  const font = window.RemotionGoogleFonts.loadFont('Inter');
  return (
    <AbsoluteFill style={{ fontFamily: font.fontFamily }}>
      <IconifyIcon icon="mdi:star" />
      <window.IconifyIcon icon="mdi:home" />
      <img src={BazaarAvatars['asian-woman']} />
      {palette.map((color) => <div key={color} style={{ color }} />)}
    </AbsoluteFill>
  );
}`;
    const run = await runModuleStep(checkSelfContained, source);
    expect(run.refusal).toBeUndefined();
  });

  it('names what another scene or a helper file would have to provide', async () => {
    const run = await runModuleStep(checkSelfContained, `${header}export default () => <AbsoluteFill>{formatCurrency(3)}<SharedHeader /></AbsoluteFill>;`);
    expect(run.refusal).toMatchObject({ refused: 'UNDEFINED_IDENTIFIER' });
    expect(run.refusal?.message).toBe('`formatCurrency` (line 2), `SharedHeader` (line 2) used but declared neither in the module nor by the runtime contract');
  });

  it('does not take a DOM constructor for a component', async () => {
    const run = await runModuleStep(checkSelfContained, 'export default () => <Text>hi</Text>;');
    expect(run.refusal?.message).toContain('`Text`');
  });

  it('treats deprecated lib.dom globals as undeclared', async () => {
    const run = await runModuleStep(checkSelfContained, 'export default () => <p>{name}</p>;');
    expect(run.refusal?.message).toContain('`name`');
  });

  it('rejects hooks used bare: the runtime provides them only as React.*', async () => {
    const run = await runModuleStep(checkSelfContained, 'export default () => { const [a] = useState(0); return <p>{a}</p>; };');
    expect(run.refusal?.message).toContain('`useState`');
  });

  it('rejects window properties that neither the browser nor the contract provide', async () => {
    const run = await runModuleStep(checkSelfContained, 'export default () => <window.LottiePlayer src="a.json" />;');
    expect(run.refusal).toMatchObject({ refused: 'UNKNOWN_GLOBAL' });
    expect(run.refusal?.message).toContain('window.LottiePlayer');
  });
});
