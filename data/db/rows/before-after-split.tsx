const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, Easing } = window.Remotion;

const before = { label: 'BEFORE', title: 'Manual reports', lines: ['14 spreadsheets', '3 days every month', 'Copy-paste errors'] };
const after = { label: 'AFTER', title: 'Ledgerly', lines: ['One live dashboard', 'Ready every morning', 'Zero manual entry'] };

function Panel({ side, content, dark }) {
  const { width, height } = useVideoConfig();
  const isPortrait = height > width;
  const size = Math.min(width, height);
  return (
    <AbsoluteFill
      style={{
        backgroundColor: dark ? '#18181b' : '#e4e4e7',
        alignItems: isPortrait ? 'center' : side === 'left' ? 'flex-start' : 'flex-end',
        justifyContent: isPortrait ? (side === 'left' ? 'flex-start' : 'flex-end') : 'center',
        padding: size * 0.1,
      }}
    >
      <div style={{ textAlign: isPortrait ? 'center' : side === 'left' ? 'left' : 'right' }}>
        <div style={{ fontSize: size * 0.03, letterSpacing: size * 0.008, fontWeight: 700, color: dark ? '#4ade80' : '#71717a' }}>{content.label}</div>
        <div style={{ fontSize: size * 0.075, fontWeight: 800, color: dark ? '#fafafa' : '#27272a', marginTop: size * 0.01 }}>{content.title}</div>
        {content.lines.map((line) => (
          <div key={line} style={{ fontSize: size * 0.04, color: dark ? '#d4d4d8' : '#52525b', marginTop: size * 0.02 }}>
            {dark ? '✓ ' : '✗ '}
            {line}
          </div>
        ))}
      </div>
    </AbsoluteFill>
  );
}

export default function BeforeAfterSplit() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const isPortrait = height > width;
  const wipe = interpolate(frame, [30, 90], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.cubic),
  });
  const split = 1 - wipe * 0.5;
  const clip = isPortrait ? `inset(${split * 100}% 0 0 0)` : `inset(0 0 0 ${split * 100}%)`;
  const handle = isPortrait ? { top: split * height - 3, left: 0, width: '100%', height: 6 } : { left: split * width - 3, top: 0, height: '100%', width: 6 };

  return (
    <AbsoluteFill style={{ fontFamily: 'Inter, system-ui, sans-serif' }}>
      <Panel side="left" content={before} dark={false} />
      <AbsoluteFill style={{ clipPath: clip }}>
        <Panel side="right" content={after} dark />
      </AbsoluteFill>
      <div style={{ position: 'absolute', backgroundColor: '#4ade80', boxShadow: '0 0 24px #4ade80', opacity: wipe > 0 ? 1 : 0, ...handle }} />
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
