const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

const blobs = [
  { color: '#f472b6', x: 0.2, y: 0.3, r: 0.45, speed: 0.021 },
  { color: '#818cf8', x: 0.75, y: 0.25, r: 0.5, speed: 0.017 },
  { color: '#2dd4bf', x: 0.55, y: 0.8, r: 0.42, speed: 0.025 },
];

export default function GradientHero() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const isPortrait = height > width;
  const headline = spring({ frame: frame - 10, fps, config: { damping: 18, stiffness: 90 } });
  const sub = interpolate(frame, [35, 55], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const button = spring({ frame: frame - 55, fps, config: { damping: 10 } });
  const shine = interpolate(frame, [70, 110], [-120, 220], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.quad),
  });

  return (
    <AbsoluteFill style={{ backgroundColor: '#0c0a1d', overflow: 'hidden', fontFamily: 'Inter, system-ui, sans-serif' }}>
      {blobs.map((blob) => {
        const dx = Math.sin(frame * blob.speed) * width * 0.06;
        const dy = Math.cos(frame * blob.speed * 1.3) * height * 0.05;
        const radius = size * blob.r;
        return (
          <div
            key={blob.color}
            style={{
              position: 'absolute',
              left: blob.x * width - radius + dx,
              top: blob.y * height - radius + dy,
              width: radius * 2,
              height: radius * 2,
              borderRadius: '50%',
              background: `radial-gradient(circle, ${blob.color} 0%, transparent 65%)`,
              opacity: 0.7,
              filter: 'blur(40px)',
            }}
          />
        );
      })}
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', textAlign: 'center', padding: size * 0.08 }}>
        <div
          style={{
            fontSize: size * (isPortrait ? 0.1 : 0.085),
            fontWeight: 800,
            lineHeight: 1.05,
            color: '#ffffff',
            letterSpacing: -size * 0.002,
            opacity: headline,
            transform: `translateY(${(1 - headline) * 60}px)`,
          }}
        >
          Design at the
          <br />
          speed of thought
        </div>
        <div style={{ fontSize: size * 0.034, color: '#e0e7ff', marginTop: size * 0.035, maxWidth: size * 1.1, opacity: sub }}>
          Prototype, test and ship interfaces with your whole team in one canvas.
        </div>
        <div
          style={{
            position: 'relative',
            overflow: 'hidden',
            marginTop: size * 0.05,
            padding: `${size * 0.022}px ${size * 0.05}px`,
            borderRadius: 999,
            backgroundColor: '#ffffff',
            color: '#1e1b4b',
            fontSize: size * 0.032,
            fontWeight: 700,
            transform: `scale(${button})`,
          }}
        >
          Start designing free
          <div
            style={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `${shine}%`,
              width: '30%',
              background: 'linear-gradient(90deg, transparent, rgba(129, 140, 248, 0.45), transparent)',
              transform: 'skewX(-20deg)',
            }}
          />
        </div>
      </AbsoluteFill>
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
