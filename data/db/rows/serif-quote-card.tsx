const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, Easing } = window.Remotion;

const quote = {
  lines: ['The details are not', 'the details.', 'They make the design.'],
  author: 'Charles Eames',
};

export default function SerifQuoteCard() {
  const frame = useCurrentFrame();
  const { width, height, durationInFrames } = useVideoConfig();
  const size = Math.min(width, height);
  const isPortrait = height > width;
  const markOpacity = interpolate(frame, [0, 20], [0, 0.18], { extrapolateRight: 'clamp' });
  const markScale = interpolate(frame, [0, 30], [1.4, 1], { extrapolateRight: 'clamp', easing: Easing.out(Easing.cubic) });
  const ruleWidth = interpolate(frame, [70, 100], [0, size * 0.18], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const authorOpacity = interpolate(frame, [85, 105], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const fadeOut = interpolate(frame, [durationInFrames - 15, durationInFrames], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });

  return (
    <AbsoluteFill
      style={{
        backgroundColor: '#f5f0e6',
        alignItems: 'center',
        justifyContent: 'center',
        padding: size * 0.1,
        opacity: fadeOut,
      }}
    >
      <div
        style={{
          position: 'absolute',
          top: isPortrait ? height * 0.18 : height * 0.06,
          left: width * 0.08,
          fontFamily: 'Georgia, Times New Roman, serif',
          fontSize: size * 0.5,
          color: '#7c2d12',
          opacity: markOpacity,
          transform: `scale(${markScale})`,
          lineHeight: 1,
        }}
      >
        “
      </div>
      <div style={{ fontFamily: 'Playfair Display, Georgia, serif', textAlign: 'center' }}>
        {quote.lines.map((line, index) => {
          const start = 15 + index * 16;
          const reveal = interpolate(frame, [start, start + 20], [0, 1], {
            extrapolateLeft: 'clamp',
            extrapolateRight: 'clamp',
            easing: Easing.out(Easing.quad),
          });
          return (
            <div
              key={line}
              style={{
                fontSize: size * (isPortrait ? 0.085 : 0.075),
                fontStyle: index === 2 ? 'italic' : 'normal',
                color: index === 2 ? '#9a3412' : '#292524',
                lineHeight: 1.25,
                opacity: reveal,
                transform: `translateY(${(1 - reveal) * 24}px)`,
                filter: `blur(${(1 - reveal) * 6}px)`,
              }}
            >
              {line}
            </div>
          );
        })}
        <div style={{ height: 2, width: ruleWidth, backgroundColor: '#9a3412', margin: `${size * 0.05}px auto ${size * 0.03}px` }} />
        <div style={{ fontFamily: 'Inter, sans-serif', fontSize: size * 0.032, letterSpacing: size * 0.006, color: '#57534e', opacity: authorOpacity }}>
          {quote.author.toUpperCase()}
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
