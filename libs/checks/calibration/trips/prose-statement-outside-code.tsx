const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const bars = [42, 58, 71, 93];

Now we render the bars below the title.

function Bar({ value, index }) {
  const frame = useCurrentFrame();
  const height = interpolate(frame, [index * 5, index * 5 + 20], [0, value * 4], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  return <div style={{ width: 80, height, backgroundColor: '#6366f1' }} />;
}

export default function ProseStatementOutsideCode() {
  return (
    <AbsoluteFill style={{ alignItems: 'flex-end', justifyContent: 'center', gap: 24, flexDirection: 'row' }}>
      {bars.map((value, index) => (
        <Bar key={index} value={value} index={index} />
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
