const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const testimonial = {
  quote: 'We cut our onboarding time in half within the first month. The team actually enjoys using it.',
  author: 'Priya Raman',
  role: 'Head of Operations, Lumen Logistics',
  rating: 5,
};

function CustomerTestimonial() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const unit = Math.min(width, height) / 1080;
  const isPortrait = height > width;

  const card = spring({ frame, fps, config: { damping: 16, stiffness: 110 } });
  const words = testimonial.quote.split(' ');
  const wordsShown = Math.floor(
    interpolate(frame, [20, 95], [0, words.length], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' })
  );
  const authorIn = interpolate(frame, [95, 115], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const initials = testimonial.author
    .split(' ')
    .map((part) => part[0])
    .join('');

  return (
    <AbsoluteFill
      style={{
        background: 'radial-gradient(circle at 30% 20%, #fde68a 0%, #fb923c 45%, #9a3412 100%)',
        alignItems: 'center',
        justifyContent: 'center',
        fontFamily: 'Georgia, serif',
      }}
    >
      <div
        style={{
          width: width * (isPortrait ? 0.86 : 0.62),
          padding: 64 * unit,
          borderRadius: 36 * unit,
          backgroundColor: 'rgba(255, 251, 235, 0.96)',
          boxShadow: '0 40px 120px rgba(67, 20, 7, 0.35)',
          transform: `scale(${0.85 + card * 0.15})`,
          opacity: card,
        }}
      >
        <div style={{ display: 'flex', gap: 8 * unit, marginBottom: 28 * unit }}>
          {Array.from({ length: testimonial.rating }).map((_, index) => {
            const star = spring({ frame: frame - 10 - index * 4, fps, config: { damping: 9 } });
            return (
              <span key={index} style={{ fontSize: 44 * unit, color: '#f59e0b', transform: `scale(${star})`, display: 'inline-block' }}>
                ★
              </span>
            );
          })}
        </div>
        <div style={{ fontSize: 46 * unit, lineHeight: 1.35, color: '#431407', minHeight: 190 * unit }}>
          “{words.slice(0, wordsShown).join(' ')}”
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 22 * unit, marginTop: 40 * unit, opacity: authorIn }}>
          <div
            style={{
              width: 84 * unit,
              height: 84 * unit,
              borderRadius: '50%',
              backgroundColor: '#c2410c',
              color: '#fff7ed',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 32 * unit,
              fontFamily: 'Inter, sans-serif',
              fontWeight: 700,
            }}
          >
            {initials}
          </div>
          <div style={{ fontFamily: 'Inter, sans-serif' }}>
            <div style={{ fontSize: 30 * unit, fontWeight: 700, color: '#1c1917' }}>{testimonial.author}</div>
            <div style={{ fontSize: 24 * unit, color: '#78716c' }}>{testimonial.role}</div>
          </div>
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
