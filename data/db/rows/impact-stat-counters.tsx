const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

const stats = [
  { value: 2400000, label: 'Meals delivered', format: 'compact' },
  { value: 18500, label: 'Volunteers', format: 'thousands' },
  { value: 312, label: 'Partner kitchens', format: 'plain' },
  { value: 96, label: 'Cities reached', format: 'plain' },
];

function formatStat(value, format) {
  if (format === 'compact') {
    return `${(value / 1000000).toFixed(1)}M`;
  }
  if (format === 'thousands') {
    return Math.round(value).toLocaleString('en-US');
  }
  return String(Math.round(value));
}

export default function ImpactStatCounters() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isPortrait = height > width;
  const columns = isPortrait ? 1 : width === height ? 2 : 4;
  const unit = Math.min(width, height) / 1080;
  const heading = spring({ frame, fps, config: { damping: 18 } });

  return (
    <AbsoluteFill
      style={{
        backgroundColor: '#052e16',
        backgroundImage: 'radial-gradient(circle at 50% 0%, #166534 0%, #052e16 65%)',
        fontFamily: 'Inter, system-ui, sans-serif',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 70 * unit,
      }}
    >
      <div style={{ textAlign: 'center', opacity: heading, transform: `translateY(${(1 - heading) * -40}px)` }}>
        <div style={{ fontSize: 30 * unit, letterSpacing: 8 * unit, color: '#86efac' }}>2025 IMPACT REPORT</div>
        <div style={{ fontSize: 78 * unit, fontWeight: 800, color: '#f0fdf4' }}>Together we fed a nation</div>
      </div>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${columns}, ${isPortrait ? 600 : 380}px)`,
          gap: 40 * unit,
        }}
      >
        {stats.map((stat, index) => {
          const start = 20 + index * 12;
          const count = interpolate(frame, [start, start + 60], [0, stat.value], {
            extrapolateLeft: 'clamp',
            extrapolateRight: 'clamp',
            easing: Easing.out(Easing.exp),
          });
          const appear = spring({ frame: frame - start, fps, config: { damping: 14 } });
          return (
            <div
              key={stat.label}
              style={{
                padding: 36 * unit,
                borderRadius: 28 * unit,
                backgroundColor: 'rgba(240, 253, 244, 0.08)',
                border: '1px solid rgba(134, 239, 172, 0.25)',
                textAlign: 'center',
                opacity: appear,
                transform: `scale(${0.8 + appear * 0.2})`,
              }}
            >
              <div style={{ fontSize: 84 * unit, fontWeight: 900, color: '#bbf7d0', fontVariantNumeric: 'tabular-nums' }}>
                {formatStat(count, stat.format)}
              </div>
              <div style={{ fontSize: 28 * unit, color: '#dcfce7', marginTop: 8 * unit }}>{stat.label}</div>
            </div>
          );
        })}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
