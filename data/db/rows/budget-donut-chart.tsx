Here's the scene you asked for:

const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const segments = [
  { label: 'Engineering', share: 0.38, color: '#6366f1' },
  { label: 'Marketing', share: 0.24, color: '#f59e0b' },
  { label: 'Operations', share: 0.21, color: '#10b981' },
  { label: 'Research', share: 0.17, color: '#ec4899' },
];

export default function BudgetDonutChart() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isWide = width > height * 1.2;
  const size = Math.min(width, height) * (isWide ? 0.55 : 0.42);
  const stroke = size * 0.14;
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;

  const sweep = interpolate(frame, [10, 90], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const centerPop = spring({ frame: frame - 70, fps, config: { damping: 12 } });

  let offset = 0;
  const arcs = segments.map((segment) => {
    const visible = Math.max(0, Math.min(segment.share, sweep - offset));
    const arc = { ...segment, start: offset, visible };
    offset += segment.share;
    return arc;
  });

  return (
    <AbsoluteFill
      style={{
        backgroundColor: '#fafaf9',
        fontFamily: 'Inter, Helvetica, sans-serif',
        flexDirection: isWide ? 'row' : 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: size * (isWide ? 0.2 : 0.12),
      }}
    >
      <div style={{ position: 'relative', width: size, height: size }}>
        <svg width={size} height={size} style={{ transform: 'rotate(-90deg)' }}>
          <circle cx={size / 2} cy={size / 2} r={radius} fill="none" stroke="#e7e5e4" strokeWidth={stroke} />
          {arcs.map((arc) => (
            <circle
              key={arc.label}
              cx={size / 2}
              cy={size / 2}
              r={radius}
              fill="none"
              stroke={arc.color}
              strokeWidth={stroke}
              strokeDasharray={`${arc.visible * circumference} ${circumference}`}
              strokeDashoffset={-arc.start * circumference}
            />
          ))}
        </svg>
        <div
          style={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            transform: `scale(${centerPop})`,
          }}
        >
          <div style={{ fontSize: size * 0.14, fontWeight: 800, color: '#1c1917' }}>$4.2M</div>
          <div style={{ fontSize: size * 0.05, color: '#78716c' }}>Annual budget</div>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: size * 0.05 }}>
        {segments.map((segment, index) => {
          const appear = spring({ frame: frame - 30 - index * 10, fps, config: { damping: 18 } });
          return (
            <div
              key={segment.label}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 18,
                opacity: appear,
                transform: `translateX(${(1 - appear) * 40}px)`,
              }}
            >
              <div style={{ width: size * 0.06, height: size * 0.06, borderRadius: 8, backgroundColor: segment.color }} />
              <div style={{ fontSize: size * 0.065, color: '#292524', minWidth: size * 0.6 }}>{segment.label}</div>
              <div style={{ fontSize: size * 0.065, fontWeight: 700, color: segment.color }}>
                {Math.round(segment.share * 100)}%
              </div>
            </div>
          );
        })}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;

The donut fills clockwise over three seconds, then the total pops in the middle while the legend slides in.
