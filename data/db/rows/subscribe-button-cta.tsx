const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

function SubscribeButtonCta() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const appear = spring({ frame, fps, config: { damping: 12 } });
  const cursorX = interpolate(frame, [15, 38], [size * 0.5, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const cursorY = interpolate(frame, [15, 38], [size * 0.35, size * 0.04], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const press = spring({ frame: frame - 40, fps, config: { damping: 10, stiffness: 300 } });
  const subscribed = frame >= 42;
  const pressScale = subscribed ? 1 - 0.08 * (1 - press) : 1;
  const bell = subscribed ? Math.sin((frame - 42) * 0.9) * 18 * Math.max(0, 1 - (frame - 42) / 30) : 0;
  const count = subscribed ? '128K' : '127K';

  return (
    <AbsoluteFill style={{ backgroundColor: '#0f0f0f', alignItems: 'center', justifyContent: 'center', fontFamily: 'Roboto, Arial, sans-serif' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: size * 0.03, transform: `scale(${appear})` }}>
        <div
          style={{
            width: size * 0.13,
            height: size * 0.13,
            borderRadius: '50%',
            background: 'linear-gradient(135deg, #f43f5e, #8b5cf6)',
            color: '#ffffff',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: size * 0.05,
            fontWeight: 700,
          }}
        >
          PL
        </div>
        <div>
          <div style={{ fontSize: size * 0.045, fontWeight: 700, color: '#f1f1f1' }}>Pixel Lab</div>
          <div style={{ fontSize: size * 0.03, color: '#aaaaaa' }}>{count} subscribers</div>
        </div>
        <div style={{ position: 'relative' }}>
          <div
            style={{
              padding: `${size * 0.022}px ${size * 0.045}px`,
              borderRadius: 999,
              backgroundColor: subscribed ? '#272727' : '#f1f1f1',
              color: subscribed ? '#f1f1f1' : '#0f0f0f',
              fontSize: size * 0.034,
              fontWeight: 600,
              display: 'flex',
              alignItems: 'center',
              gap: size * 0.015,
              transform: `scale(${pressScale})`,
            }}
          >
            {subscribed ? <span style={{ display: 'inline-block', transform: `rotate(${bell}deg)` }}>🔔</span> : null}
            {subscribed ? 'Subscribed' : 'Subscribe'}
          </div>
          <div
            style={{
              position: 'absolute',
              left: '60%',
              top: '55%',
              fontSize: size * 0.06,
              transform: `translate(${cursorX}px, ${cursorY}px)`,
              opacity: frame < 70 ? 1 : 0,
            }}
          >
            👆
          </div>
        </div>
      </div>
    </AbsoluteFill>
  );
}
