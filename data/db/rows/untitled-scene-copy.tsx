const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const shapes = [
  { color: '#ca8a04', radius: 0.2 },
  { color: '#a16207', radius: 0.5 },
  { color: '#854d0e', radius: 0.08 },
];

export default function UntitledSceneCopy() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height) * 0.22;
  const labelOpacity = interpolate(frame, [20, 35], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ backgroundColor: '#fef08a', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ display: 'flex', gap: size * 0.3 }}>
        {shapes.map((shape, index) => {
          const pop = spring({ frame: frame - index * 5, fps });
          return (
            <div
              key={shape.color}
              style={{
                width: size,
                height: size,
                borderRadius: size * shape.radius,
                backgroundColor: shape.color,
                transform: `scale(${pop}) rotate(${pop * 90}deg)`,
              }}
            />
          );
        })}
      </div>
      <div style={{ marginTop: 40, fontSize: 40, fontFamily: 'system-ui, sans-serif', color: '#713f12', opacity: labelOpacity }}>
        Untitled scene (copy)
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 60;
