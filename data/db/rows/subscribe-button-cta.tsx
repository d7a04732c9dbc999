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
            {subscribed ? (
              <div style={{ position: 'relative', width: size * 0.03, height: size * 0.034, transform: `rotate(${bell}deg)`, transformOrigin: '50% 0%' }}>
                <div style={{ position: 'absolute', inset: `0 0 ${size * 0.008}px 0`, borderRadius: `${size * 0.015}px ${size * 0.015}px ${size * 0.003}px ${size * 0.003}px`, backgroundColor: '#f1f1f1' }} />
                <div style={{ position: 'absolute', left: '35%', bottom: 0, width: '30%', height: size * 0.008, borderRadius: '50%', backgroundColor: '#f1f1f1' }} />
              </div>
            ) : null}
            {subscribed ? 'Subscribed' : 'Subscribe'}
          </div>
          <div
            style={{
              position: 'absolute',
              left: '60%',
              top: '40%',
              width: size * 0.05,
              height: size * 0.05,
              borderRadius: '50%',
              backgroundColor: 'rgba(255, 255, 255, 0.85)',
              border: `${size * 0.004}px solid #0f0f0f`,
              boxShadow: `0 0 0 ${press * size * 0.03}px rgba(255, 255, 255, ${0.35 * (1 - press)})`,
              transform: `translate(${cursorX}px, ${cursorY}px) scale(${subscribed ? 0.8 : 1})`,
              opacity: interpolate(frame, [60, 72], [1, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' }),
            }}
          />
        </div>
      </div>
    </AbsoluteFill>
  );
}
