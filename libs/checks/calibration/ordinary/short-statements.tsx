const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const items = ['Plan', 'Build', 'Launch', 'Learn'];

function Item({ label, start }) {
  const frame = useCurrentFrame();
  if (frame < start) return null;
  const done = frame > start + 30;
  if (done) return <div style={{ fontSize: 40, color: '#16a34a' }}>{label} ✓</div>;
  const opacity = interpolate(frame, [start, start + 10], [0, 1], { extrapolateRight: 'clamp' });
  return <div style={{ fontSize: 40, color: '#0f172a', opacity }}>{label}</div>;
}

export default function ShortStatements() {
  return (
    <AbsoluteFill style={{ backgroundColor: '#f8fafc', alignItems: 'center', justifyContent: 'center', gap: 20, fontFamily: 'Inter, sans-serif' }}>
      {items.map((label, index) => (
        <Item key={label} label={label} start={index * 20} />
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
