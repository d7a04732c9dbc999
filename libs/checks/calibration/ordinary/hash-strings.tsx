const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const badges = ['#1 in customer satisfaction', '#2 fastest growing', 'Top #10 design tools of 2024'];

const channel = '#general';

const palette = ['#fff', '#f8fafc', '#0f172a'];

export default function HashStrings() {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 15], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: palette[2], color: palette[0], padding: 100, gap: 20, fontFamily: 'Inter, sans-serif', opacity }}>
      <div style={{ fontSize: 28, color: palette[1] }}>{channel}</div>
      {badges.map((badge) => (
        <div key={badge} style={{ fontSize: 40, fontWeight: 800 }}>
          {badge}
        </div>
      ))}
      <p style={{ fontSize: 24 }}>Rated #1 by teams who ship video every week.</p>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
