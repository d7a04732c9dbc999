const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const sale = {
  eyebrow: 'THIS WEEKEND ONLY',
  headline: 'FLASH SALE',
  discount: '40% OFF',
  cta: 'Shop the collection',
  background: '#fff1f2',
  primary: '#e11d48',
  ink: '#4c0519',
};

export default function FlashSaleBanner() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const isPortrait = height > width;
  const stamp = spring({ frame: frame - 20, fps, config: { damping: 8, stiffness: 160 } });
  const slide = spring({ frame, fps, config: { damping: 14 } });
  const ctaIn = interpolate(frame, [45, 60], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const wobble = Math.sin(frame / 5) * 3;
  const stripeShift = (frame * 4) % 80;

  return (
    <AbsoluteFill style={{ backgroundColor: sale.background, overflow: 'hidden', fontFamily: 'Archivo Black, Arial Black, sans-serif' }}>
      <div
        style={{
          position: 'absolute',
          inset: -80,
          backgroundImage: `repeating-linear-gradient(45deg, ${sale.primary}14 0px, ${sale.primary}14 20px, transparent 20px, transparent 40px)`,
          transform: `translateX(${stripeShift}px)`,
        }}
      />
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', textAlign: 'center', gap: size * 0.03 }}>
        <div style={{ fontSize: size * 0.035, letterSpacing: size * 0.01, color: sale.ink, opacity: slide, fontFamily: 'Inter, sans-serif', fontWeight: 700 }}>
          {sale.eyebrow}
        </div>
        <div
          style={{
            fontSize: size * (isPortrait ? 0.15 : 0.13),
            color: sale.ink,
            lineHeight: 1,
            transform: `translateX(${(1 - slide) * -width}px)`,
          }}
        >
          {sale.headline}
        </div>
        <div
          style={{
            padding: `${size * 0.02}px ${size * 0.05}px`,
            backgroundColor: sale.primary,
            color: '#ffffff',
            fontSize: size * 0.1,
            borderRadius: size * 0.02,
            transform: `scale(${stamp}) rotate(${-6 + wobble}deg)`,
            boxShadow: `0 ${size * 0.02}px 0 ${sale.ink}`,
          }}
        >
          {sale.discount}
        </div>
        <div
          style={{
            marginTop: size * 0.03,
            fontSize: size * 0.035,
            fontFamily: 'Inter, sans-serif',
            fontWeight: 700,
            color: sale.primary,
            borderBottom: `4px solid ${sale.primary}`,
            paddingBottom: 6,
            opacity: ctaIn,
          }}
        >
          {sale.cta} →
        </div>
      </AbsoluteFill>
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
