const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const episode = {
  show: 'Signal & Noise',
  number: 87,
  title: 'Why small teams ship faster',
  guest: 'with Mateo Silva',
  quote: '“The best process is the one your team forgets it is following.”',
};

const SAMPLES = 60;

function amplitude(index, frame) {
  const speech = Math.abs(Math.sin(frame / 7)) * 0.6 + 0.4;
  const shape = Math.sin(index * 0.45 + frame / 3) * 0.5 + 0.5;
  const detail = Math.sin(index * 1.7 - frame / 2) * 0.25 + 0.25;
  return Math.max(0.05, (shape * 0.7 + detail * 0.3) * speech);
}

export default function PodcastWaveform() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isPortrait = height > width;
  const isWide = width > height * 1.2;
  const unit = Math.min(width, height) / 1080;
  const coverSize = (isWide ? 420 : isPortrait ? 520 : 300) * unit;
  const coverIn = spring({ frame, fps, config: { damping: 14 } });
  const quoteIn = interpolate(frame, [60, 80], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const waveWidth = isWide ? width * 0.45 : width * 0.84;
  const waveHeight = 160 * unit;

  return (
    <AbsoluteFill
      style={{
        backgroundColor: '#1a1423',
        fontFamily: 'Inter, system-ui, sans-serif',
        flexDirection: isWide ? 'row' : 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: (isWide ? 80 : 50) * unit,
        color: '#fdf4ff',
      }}
    >
      <div
        style={{
          width: coverSize,
          height: coverSize,
          boxSizing: 'border-box',
          borderRadius: 40 * unit,
          background: 'linear-gradient(135deg, #f0abfc 0%, #a855f7 50%, #3b0764 100%)',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'flex-end',
          padding: 40 * unit,
          boxShadow: '0 40px 100px rgba(168, 85, 247, 0.35)',
          transform: `scale(${coverIn}) rotate(${(1 - coverIn) * -10}deg)`,
        }}
      >
        <div style={{ fontSize: coverSize * 0.07, fontWeight: 700, opacity: 0.85 }}>EP. {episode.number}</div>
        <div style={{ fontSize: coverSize * 0.15, fontWeight: 900, lineHeight: 1 }}>{episode.show}</div>
      </div>
      <div style={{ width: waveWidth }}>
        <div style={{ fontSize: 54 * unit, fontWeight: 800, lineHeight: 1.1 }}>{episode.title}</div>
        <div style={{ fontSize: 32 * unit, color: '#d8b4fe', marginTop: 10 * unit }}>{episode.guest}</div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: waveHeight, marginTop: 40 * unit }}>
          {Array.from({ length: SAMPLES }, (_, index) => {
            const played = index / SAMPLES < frame / 240;
            return (
              <div
                key={index}
                style={{
                  width: waveWidth / SAMPLES - 4,
                  height: waveHeight * amplitude(index, frame),
                  borderRadius: 4,
                  backgroundColor: played ? '#e879f9' : 'rgba(232, 121, 249, 0.3)',
                }}
              />
            );
          })}
        </div>
        <div style={{ fontSize: 34 * unit, fontStyle: 'italic', color: '#f5d0fe', marginTop: 40 * unit, lineHeight: 1.4, opacity: quoteIn }}>
          {episode.quote}
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 240;
