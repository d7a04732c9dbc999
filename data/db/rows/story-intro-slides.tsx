const { AbsoluteFill, Series, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const slides = [
  { kicker: 'DAY 1', title: 'Landed in Kyoto', tint: '#fb7185' },
  { kicker: 'DAY 2', title: 'Temples at sunrise', tint: '#f59e0b' },
  { kicker: 'DAY 3', title: 'Street food crawl', tint: '#34d399' },
];

function StorySlide({ slide }) {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const rise = spring({ frame, fps, config: { damping: 14 } });
  const bar = interpolate(frame, [0, 50], [0, 1], { extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ background: `linear-gradient(180deg, ${slide.tint} 0%, #111827 100%)`, padding: width * 0.08 }}>
      <div style={{ height: 6, borderRadius: 3, backgroundColor: 'rgba(255,255,255,0.3)' }}>
        <div style={{ width: `${bar * 100}%`, height: '100%', backgroundColor: '#ffffff' }} />
      </div>
      <div style={{ marginTop: 'auto', marginBottom: height * 0.12, transform: `translateY(${(1 - rise) * 80}px)` }}>
        <div style={{ fontSize: width * 0.05, letterSpacing: 6, color: '#ffffff', opacity: 0.8 }}>{slide.kicker}</div>
        <div style={{ fontSize: width * 0.12, fontWeight: 800, color: '#ffffff', lineHeight: 1.05 }}>{slide.title}</div>
      </div>
    </AbsoluteFill>
  );
}

export default function StoryIntroSlides() {
  return (
    <AbsoluteFill style={{ fontFamily: 'Inter, system-ui, sans-serif' }}>
      <Series>
        {slides.map((slide) => (
          <Series.Sequence key={slide.title} durationInFrames={50}>
            <StorySlide slide={slide} />
          </Series.Sequence>
        ))}
      </Series>
      <div
        style={{
          position: 'absolute',
          top: 40,
          left: 40,
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          color: '#ffffff',
          fontSize: 28,
          fontWeight: 700,
        }}
      >
        <div style={{ width: 56, height: 56, borderRadius: '50%', border: '3px solid #ffffff', backgroundColor: '#f472b6' }} />
        <span>wanderlust.jo
