const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

const quarters = [
  { label: 'Q1', value: 42, color: '#38bdf8' },
  { label: 'Q2', value: 58, color: '#818cf8' },
  { label: 'Q3', value: 71, color: '#c084fc' },
  { label: 'Q4', value: 93, color: '#f472b6' },
];

export default function QuarterlyRevenueBars() {
  const frame = useCurrentFrame();
  const { fps, width, height, durationInFrames } = useVideoConfig();
  const isPortrait = height > width;
  const unit = Math.min(width, height) / 1080;
  const maxValue = Math.max(...quarters.map((quarter) => quarter.value));
  const chartHeight = height * (isPortrait ? 0.42 : 0.5);
  const chartWidth = width * (isPortrait ? 0.8 : 0.6);
  const barWidth = chartWidth / quarters.length - 32 * unit;

  const titleOpacity = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  const titleY = interpolate(frame, [0, 20], [40 * unit, 0], {
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const exit = interpolate(frame, [durationInFrames - 15, durationInFrames], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  const totalProgress = interpolate(frame, [60, 110], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  const total = quarters.reduce((sum, quarter) => sum + quarter.value, 0);

  return (
    <AbsoluteFill
      style={{
        background: 'linear-gradient(160deg, #0f172a 0%, #1e1b4b 100%)',
        fontFamily: 'Inter, system-ui, sans-serif',
        color: '#f8fafc',
        alignItems: 'center',
        justifyContent: 'center',
        opacity: exit,
      }}
    >
      <div
        style={{
          position: 'absolute',
          top: height * 0.1,
          textAlign: 'center',
          opacity: titleOpacity,
          transform: `translateY(${titleY}px)`,
        }}
      >
        <div style={{ fontSize: 28 * unit, letterSpacing: 6 * unit, textTransform: 'uppercase', color: '#94a3b8' }}>
          Fiscal Year 2025
        </div>
        <div style={{ fontSize: 72 * unit, fontWeight: 800, marginTop: 8 * unit }}>Revenue by Quarter</div>
      </div>
      <div style={{ display: 'flex', alignItems: 'flex-end', gap: 32 * unit, height: chartHeight, marginTop: height * 0.1 }}>
        {quarters.map((quarter, index) => {
          const progress = spring({ frame: frame - 20 - index * 8, fps, config: { damping: 14, mass: 0.8 } });
          const barHeight = (quarter.value / maxValue) * chartHeight * 0.85 * progress;
          return (
            <div
              key={quarter.label}
              style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'flex-end', height: '100%' }}
            >
              <div style={{ fontSize: 34 * unit, fontWeight: 700, marginBottom: 12 * unit, opacity: progress }}>
                ${Math.round(quarter.value * progress)}M
              </div>
              <div
                style={{
                  width: barWidth,
                  height: barHeight,
                  borderRadius: `${16 * unit}px ${16 * unit}px ${4 * unit}px ${4 * unit}px`,
                  background: `linear-gradient(180deg, ${quarter.color}, ${quarter.color}55)`,
                  boxShadow: `0 0 ${40 * unit}px ${quarter.color}44`,
                }}
              />
              <div style={{ marginTop: 16 * unit, fontSize: 30 * unit, color: '#cbd5e1' }}>{quarter.label}</div>
            </div>
          );
        })}
      </div>
      <div
        style={{
          position: 'absolute',
          bottom: height * 0.08,
          fontSize: 32 * unit,
          color: '#e2e8f0',
          opacity: totalProgress,
        }}
      >
        Total <strong style={{ color: '#f472b6' }}>${Math.round(total * totalProgress)}M</strong> · up 38% year over year
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
