const { AbsoluteFill, Sequence, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const captions = [
  'Step 1: Import your spreadsheet',
  '## Step 2: Add the chart' + '\n' + 'Drag a bar chart onto the canvas and pick the revenue column.',
  'Step 3: Share a live link with your team',
];

function Caption({ text }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enter = spring({ frame, fps, config: { damping: 16 } });
  return <div style={{ fontSize: 40, whiteSpace: 'pre-line', opacity: enter }}>{text}</div>;
}

export default function MarkdownHeadingInString() {
  return (
    <AbsoluteFill style={{ backgroundColor: '#f8fafc', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, sans-serif' }}>
      {captions.map((text, index) => (
        <Sequence key={text} from={index * 40} durationInFrames={40}>
          <Caption text={text} />
        </Sequence>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
