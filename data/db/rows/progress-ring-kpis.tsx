const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const script_me44v5an = [
  { label: 'Uptime', value: 99, suffix: '%', color: '#22c55e' },
  { label: 'Tickets solved', value: 87, suffix: '%', color: '#3b82f6' },
  { label: 'CSAT', value: 94, suffix: '%', color: '#a855f7' },
];

const durationInFrames_8a7f2b3c = 150;

function ProgressRing_me44v5an({ item, index, size }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const stroke = size * 0.09;
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const progress = spring({ frame: frame - 12 - index * 12, fps, config: { damping: 20, mass: 1.2 } });
  const shown = Math.round(item.value * progress);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: size * 0.1 }}>
      <div style={{ position: 'relative', width: size, height: size }}>
        <svg width={size} height={size} style={{ transform: 'rotate(-90deg)' }}>
          <circle cx={size / 2} cy={size / 2} r={radius} stroke="#1e293b" strokeWidth={stroke} fill="none" />
          <circle
            cx={size / 2}
            cy={size / 2}
            r={radius}
            stroke={item.color}
            strokeWidth={stroke}
            strokeLinecap="round"
            fill="none"
            strokeDasharray={circumference}
            strokeDashoffset={circumference * (1 - (item.value / 100) * progress)}
          />
        </svg>
        <div
          style={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: size * 0.24,
            fontWeight: 800,
            color: '#f8fafc',
          }}
        >
          {shown}
          {item.suffix}
        </div>
      </div>
      <div style={{ fontSize: size * 0.11, color: '#94a3b8', fontWeight: 600 }}>{item.label}</div>
    </div>
  );
}

function Scene_ab12cd() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const ringSize = Math.min(width / 4.2, height / 2.4);
  const headerOpacity = interpolate(frame, [0, 15], [0, 1], { extrapolateRight: 'clamp' });
  const fadeOut = interpolate(frame, [durationInFrames_8a7f2b3c - 12, durationInFrames_8a7f2b3c], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });

  return (
    <AbsoluteFill
      style={{
        backgroundColor: '#0b1120',
        fontFamily: 'Inter, system-ui, sans-serif',
        alignItems: 'center',
        justifyContent: 'center',
        gap: height * 0.08,
        opacity: fadeOut,
      }}
    >
      <div style={{ fontSize: ringSize * 0.2, fontWeight: 800, color: '#f8fafc', opacity: headerOpacity }}>
        Support team · September
      </div>
      <div style={{ display: 'flex', gap: ringSize * 0.35 }}>
        {script_me44v5an.map((item, index) => (
          <ProgressRing_me44v5an key={item.label} item={item} index={index} size={ringSize} />
        ))}
      </div>
    </AbsoluteFill>
  );
}

return Scene_ab12cd;
