const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

const milestones = [
  { year: '2016', title: 'Founded in a garage', detail: 'Two engineers, one prototype' },
  { year: '2018', title: 'Seed round', detail: 'First 1,000 customers' },
  { year: '2020', title: 'Going global', detail: 'Offices in 4 countries' },
  { year: '2023', title: 'Series B', detail: '120 people, 40k customers' },
  { year: '2025', title: 'Platform 3.0', detail: 'Built for the next decade' },
];

export default function CompanyTimeline() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const lineStart = width * 0.08;
  const lineEnd = width * 0.92;
  const lineY = height * 0.52;
  const draw = interpolate(frame, [10, 170], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.sin),
  });
  const spacing = (lineEnd - lineStart) / (milestones.length - 1);
  const titleOpacity = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ backgroundColor: '#111827', fontFamily: 'Inter, system-ui, sans-serif', color: '#f9fafb' }}>
      <div style={{ position: 'absolute', top: height * 0.1, width: '100%', textAlign: 'center', opacity: titleOpacity }}>
        <div style={{ fontSize: height * 0.065, fontWeight: 800 }}>Our story so far</div>
      </div>
      <div
        style={{
          position: 'absolute',
          left: lineStart,
          top: lineY - 3,
          width: (lineEnd - lineStart) * draw,
          height: 6,
          borderRadius: 3,
          background: 'linear-gradient(90deg, #34d399, #60a5fa)',
        }}
      />
      {milestones.map((milestone, index) => {
        const x = lineStart + spacing * index;
        const reachedAt = 10 + (160 * index) / (milestones.length - 1);
        const pop = spring({ frame: frame - reachedAt, fps, config: { damping: 11 } });
        const above = index % 2 === 0;
        return (
          <div key={milestone.year}>
            <div
              style={{
                position: 'absolute',
                left: x - 14,
                top: lineY - 14,
                width: 28,
                height: 28,
                borderRadius: '50%',
                backgroundColor: '#111827',
                border: '6px solid #34d399',
                transform: `scale(${pop})`,
              }}
            />
            <div
              style={{
                position: 'absolute',
                left: x - spacing * 0.45,
                width: spacing * 0.9,
                top: above ? lineY - height * 0.26 : lineY + height * 0.06,
                textAlign: 'center',
                opacity: pop,
                transform: `translateY(${(1 - pop) * (above ? 30 : -30)}px)`,
              }}
            >
              <div style={{ fontSize: height * 0.05, fontWeight: 800, color: '#34d399' }}>{milestone.year}</div>
              <div style={{ fontSize: height * 0.03, fontWeight: 700, marginTop: 6 }}>{milestone.title}< /div>
              <div style={{ fontSize: height * 0.024, color: '#9ca3af', marginTop: 4 }}>{milestone.detail}</div>
            </div>
          </div>
        );
      })}
    </AbsoluteFill>
  );
}

export const durationInFrames = 240;
