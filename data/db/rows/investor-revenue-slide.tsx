const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const metrics = [
  { label: 'ARR', value: '$18.4M', delta: '+212%' },
  { label: 'Net revenue retention', value: '138%', delta: '+9 pts' },
  { label: 'Gross margin', value: '81%', delta: '+4 pts' },
];

export default function InvestorRevenueSlide() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const unit = Math.min(width, height) / 1080;

  return (
    <AbsoluteFill style={{ backgroundColor: '#fafafa', fontFamily: 'Inter, system-ui, sans-serif', padding: 90 * unit }}>
      {renderSharedHeader({ title: 'Traction', subtitle: 'Series B · Confidential', frame, unit })}
      <div style={{ display: 'flex', gap: 40 * unit, marginTop: 80 * unit }}>
        {metrics.map((metric, index) => {
          const rise = spring({ frame: frame - 20 - index * 10, fps, config: { damping: 14 } });
          const deltaIn = interpolate(frame, [50 + index * 10, 65 + index * 10], [0, 1], {
            extrapolateLeft: 'clamp',
            extrapolateRight: 'clamp',
          });
          return (
            <div
              key={metric.label}
              style={{
                flex: 1,
                padding: 48 * unit,
                borderRadius: 28 * unit,
                backgroundColor: '#ffffff',
                border: '1px solid #e5e5e5',
                opacity: rise,
                transform: `translateY(${(1 - rise) * 60}px)`,
              }}
            >
              <div style={{ fontSize: 28 * unit, color: '#737373' }}>{metric.label}</div>
              <div style={{ fontSize: 96 * unit, fontWeight: 800, color: '#0a0a0a', marginTop: 12 * unit }}>{metric.value}</div>
              <div
                style={{
                  display: 'inline-block',
                  marginTop: 16 * unit,
                  padding: `${6 * unit}px ${16 * unit}px`,
                  borderRadius: 999,
                  backgroundColor: '#dcfce7',
                  color: '#15803d',
                  fontSize: 26 * unit,
                  fontWeight: 700,
                  opacity: deltaIn,
                }}
              >
                {metric.delta} YoY
              </div>
            </div>
          );
        })}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
