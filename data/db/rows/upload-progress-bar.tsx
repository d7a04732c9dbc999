const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

const files = [
  { name: 'brand-guidelines.pdf', size: '4.8 MB', start: 10, end: 70 },
  { name: 'hero-video-final.mp4', size: '128 MB', start: 20, end: 105 },
  { name: 'product-shots.zip', size: '36 MB', start: 35, end: 90 },
];

export default function UploadProgressBar() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const panelWidth = Math.min(width * 0.8, height * 1.3);
  const unit = panelWidth / 1000;
  const panelIn = spring({ frame, fps, config: { damping: 15 } });
  const allDone = frame >= 110;
  const badge = spring({ frame: frame - 110, fps, config: { damping: 9, stiffness: 160 } });

  return (
    <AbsoluteFill style={{ backgroundColor: '#f4f4f5', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, system-ui, sans-serif' }}>
      <div
        style={{
          width: panelWidth,
          padding: 50 * unit,
          borderRadius: 32 * unit,
          backgroundColor: '#ffffff',
          boxShadow: '0 30px 80px rgba(24, 24, 27, 0.12)',
          opacity: panelIn,
          transform: `scale(${0.92 + panelIn * 0.08})`,
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 36 * unit }}>
          <div style={{ fontSize: 44 * unit, fontWeight: 800, color: '#18181b' }}>{allDone ? 'Upload complete' : 'Uploading files'}</div>
          <div
            style={{
              width: 64 * unit,
              height: 64 * unit,
              borderRadius: '50%',
              backgroundColor: '#16a34a',
              color: '#ffffff',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 36 * unit,
              transform: `scale(${allDone ? badge : 0})`,
            }}
          >
            ✓
          </div>
        </div>
        {files.map((file) => {
          const progress = interpolate(frame, [file.start, file.end], [0, 1], {
            extrapolateLeft: 'clamp',
            extrapolateRight: 'clamp',
            easing: Easing.bezier(0.4, 0, 0.2, 1),
          });
          const done = progress >= 1;
          return (
            <div key={file.name} style={{ marginBottom: 30 * unit }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28 * unit, marginBottom: 12 * unit }}>
                <span style={{ color: '#27272a', fontWeight: 600 }}>{file.name}</span>
                <span style={{ color: done ? '#16a34a' : '#71717a' }}>{done ? 'Done' : `${Math.round(progress * 100)}% · ${file.size}`}</span>
              </div>
              <div style={{ height: 14 * unit, borderRadius: 999, backgroundColor: '#e4e4e7', overflow: 'hidden' }}>
                <div
                  style={{
                    width: `${progress * 100}%`,
                    height: '100%',
                    borderRadius: 999,
                    background: done ? '#16a34a' : 'linear-gradient(90deg, #2563eb, #7c3aed)',
                  }}
                />
              </div>
            </div>
          );
        })}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
