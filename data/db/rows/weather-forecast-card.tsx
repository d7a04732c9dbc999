const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const forecast = [
  { day: 'Mon', high: 24, low: 16, kind: 'sun' },
  { day: 'Tue', high: 22, low: 15, kind: 'cloud' },
  { day: 'Wed', high: 19, low: 13, kind: 'rain' },
  { day: 'Thu', high: 21, low: 14, kind: 'cloud' },
  { day: 'Fri', high: 26, low: 17, kind: 'sun' },
];

function WeatherIcon({ kind, size }) {
  const frame = useCurrentFrame();
  if (kind === 'sun') {
    return (
      <div style={{ width: size, height: size, position: 'relative', transform: `rotate(${frame * 0.8}deg)` }}>
        <div style={{ position: 'absolute', inset: size * 0.22, borderRadius: '50%', backgroundColor: '#fbbf24', boxShadow: `0 0 ${size * 0.3}px #fde047` }} />
      </div>
    );
  }
  const drops = kind === 'rain' ? [0.25, 0.5, 0.75] : [];
  return (
    <div style={{ width: size, height: size, position: 'relative' }}>
      <div style={{ position: 'absolute', left: size * 0.1, top: size * 0.3, width: size * 0.8, height: size * 0.38, borderRadius: size * 0.2, backgroundColor: '#e2e8f0' }} />
      <div style={{ position: 'absolute', left: size * 0.3, top: size * 0.14, width: size * 0.4, height: size * 0.4, borderRadius: '50%', backgroundColor: '#f1f5f9' }} />
      {drops.map((x) => (
        <div
          key={x}
          style={{
            position: 'absolute',
            left: size * x,
            top: size * (0.72 + ((frame + x * 20) % 20) / 100),
            width: size * 0.05,
            height: size * 0.14,
            borderRadius: size * 0.03,
            backgroundColor: '#60a5fa',
          }}
        />
      ))}
    </div>
  );
}

export default function WeatherForecastCard() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isPortrait = height > width;
  const cardWidth = isPortrait ? width * 0.88 : Math.min(width * 0.6, height * 1.1);
  const unit = cardWidth / 1000;
  const cardIn = spring({ frame, fps, config: { damping: 16 } });
  const temperature = Math.round(interpolate(frame, [10, 50], [0, 24], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' }));

  return (
    <AbsoluteFill style={{ background: 'linear-gradient(180deg, #38bdf8 0%, #1d4ed8 100%)', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, system-ui, sans-serif' }}>
      <div
        style={{
          width: cardWidth,
          padding: 60 * unit,
          borderRadius: 48 * unit,
          backgroundColor: 'rgba(255, 255, 255, 0.16)',
          border: '1px solid rgba(255, 255, 255, 0.35)',
          backdropFilter: 'blur(20px)',
          color: '#ffffff',
          transform: `scale(${0.9 + cardIn * 0.1})`,
          opacity: cardIn,
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <div>
            <div style={{ fontSize: 44 * unit, fontWeight: 600 }}>Barcelona</div>
            <div style={{ fontSize: 30 * unit, opacity: 0.8 }}>Sunny · feels like 26°</div>
            <div style={{ fontSize: 180 * unit, fontWeight: 800, lineHeight: 1 }}>{temperature}°</div>
          </div>
          <WeatherIcon kind="sun" size={220 * unit} />
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 50 * unit }}>
          {forecast.map((day, index) => {
            const appear = spring({ frame: frame - 40 - index * 7, fps, config: { damping: 14 } });
            return (
              <div key={day.day} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 10 * unit, opacity: appear, transform: `translateY(${(1 - appear) * 40}px)` }}>
                <div style={{ fontSize: 30 * unit, opacity: 0.85 }}>{day.day}</div>
                <WeatherIcon kind={day.kind} size={90 * unit} />
                <div style={{ fontSize: 32 * unit, fontWeight: 700 }}>{day.high}°</div>
                <div style={{ fontSize: 26 * unit, opacity: 0.7 }}>{day.low}°</div>
              </div>
            );
          })}
        </div>
      </div>
    </AbsoluteFill>
  );
}
