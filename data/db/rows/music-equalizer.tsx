const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, random } = window.Remotion;

const BAR_COUNT = 32;
const track = { title: 'Midnight Transit', artist: 'Kaleo Grey', length: 214 };

function barLevel(index, frame) {
  const bass = Math.sin(frame / 4 + index * 0.35) * 0.5 + 0.5;
  const mid = Math.sin(frame / 2.3 + index * 1.1) * 0.5 + 0.5;
  const jitter = random(`bar-${index}-${Math.floor(frame / 3)}`);
  const falloff = 1 - index / (BAR_COUNT * 1.6);
  return Math.max(0.06, (bass * 0.5 + mid * 0.3 + jitter * 0.2) * falloff);
}

function formatTime(seconds) {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export default function MusicEqualizer() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isPortrait = height > width;
  const panelWidth = width * (isPortrait ? 0.86 : 0.7);
  const barsHeight = height * (isPortrait ? 0.3 : 0.42);
  const barWidth = panelWidth / BAR_COUNT - 6;
  const intro = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  const elapsed = 63 + frame / fps;
  const progress = elapsed / track.length;

  return (
    <AbsoluteFill
      style={{
        background: 'radial-gradient(ellipse at bottom, #3b0764 0%, #0a0014 70%)',
        alignItems: 'center',
        justifyContent: 'center',
        fontFamily: 'Inter, system-ui, sans-serif',
        color: '#faf5ff',
      }}
    >
      <div style={{ width: panelWidth, opacity: intro }}>
        <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', height: barsHeight }}>
          {Array.from({ length: BAR_COUNT }, (_, index) => {
            const level = barLevel(index, frame) * intro;
            const hue = 280 - (index / BAR_COUNT) * 100;
            return (
              <div
                key={index}
                style={{
                  width: barWidth,
                  height: barsHeight * level,
                  borderRadius: barWidth / 2,
                  background: `linear-gradient(180deg, hsl(${hue}, 95%, 70%), hsl(${hue}, 90%, 45%))`,
                  boxShadow: `0 0 18px hsla(${hue}, 95%, 60%, 0.6)`,
                }}
              />
            );
          })}
        </div>
        <div style={{ marginTop: height * 0.06 }}>
          <div style={{ fontSize: height * (isPortrait ? 0.035 : 0.06), fontWeight: 800 }}>{track.title}</div>
          <div style={{ fontSize: height * (isPortrait ? 0.022 : 0.035), color: '#d8b4fe', marginTop: 6 }}>{track.artist}</div>
          <div style={{ height: 8, borderRadius: 4, backgroundColor: 'rgba(250, 245, 255, 0.15)', marginTop: height * 0.03 }}>
            <div style={{ width: `${progress * 100}%`, height: '100%', borderRadius: 4, backgroundColor: '#e879f9' }} />
          </div>
          <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 10, fontSize: height * 0.022, color: '#c4b5fd' }}>
            <span>{formatTime(elapsed)}</span>
            <span>{formatTime(track.length)}</span>
          </div>
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 240;
