const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const words = ['Plan', 'Build', 'Ship'];

export default function CodeFence() {
  const frame = useCurrentFrame();
  const index = Math.min(words.length - 1, Math.floor(frame / 30));
  const opacity = interpolate(frame % 30, [0, 10], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: '#111827', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ fontSize: 160, fontWeight: 900, color: '#f9fafb', opacity }}>{words[index]}</div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
```
