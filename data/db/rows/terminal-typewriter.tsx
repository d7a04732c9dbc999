const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate } = window.Remotion;

const lines = [
  { prompt: true, text: 'npm create orbit-app@latest my-store' },
  { prompt: false, text: '✔ Project name … my-store' },
  { prompt: false, text: '✔ Template › storefront' },
  { prompt: false, text: 'Scaffolding project in ./my-store …' },
  { prompt: true, text: 'cd my-store && npm run dev' },
  { prompt: false, text: '  ready in 412 ms  ➜  dev server on port 5173' },
];

const CHARS_PER_FRAME = 1.4;

export default function TerminalTypewriter() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const windowWidth = Math.min(width * 0.82, height * 1.5);
  const fontSize = windowWidth * 0.024;

  let budget = Math.max(0, (frame - 10) * CHARS_PER_FRAME);
  const visible = lines.map((line) => {
    const take = Math.min(line.text.length, Math.floor(budget));
    budget = Math.max(0, budget - line.text.length - 8);
    return { ...line, shown: line.text.slice(0, take), done: take === line.text.length };
  });
  const activeIndex = visible.findIndex((line) => !line.done);
  const cursorOn = Math.floor(frame / 15) % 2 === 0;
  const windowIn = interpolate(frame, [0, 12], [0.92, 1], { extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill
      style={{
        background: 'linear-gradient(135deg, #1e1b4b 0%, #0f172a 60%, #020617 100%)',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <div
        style={{
          width: windowWidth,
          borderRadius: 18,
          overflow: 'hidden',
          backgroundColor: '#0d1117',
          boxShadow: '0 50px 100px rgba(0, 0, 0, 0.55)',
          transform: `scale(${windowIn})`,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '16px 20px', backgroundColor: '#161b22' }}>
          {['#ff5f57', '#febc2e', '#28c840'].map((color) => (
            <div key={color} style={{ width: 16, height: 16, borderRadius: '50%', backgroundColor: color }} />
          ))}
          <div style={{ flex: 1, textAlign: 'center', color: '#8b949e', fontFamily: 'system-ui, sans-serif', fontSize: fontSize * 0.8 }}>
            zsh — my-store
          </div>
        </div>
        <div
          style={{
            padding: fontSize * 1.4,
            minHeight: windowWidth * 0.36,
            fontFamily: 'JetBrains Mono, Menlo, monospace',
            fontSize,
            lineHeight: 1.7,
            color: '#c9d1d9',
          }}
        >
          {visible.map((line, index) =>
            line.shown.length > 0 || index === activeIndex ? (
              <div key={index} style={{ whiteSpace: 'pre' }}>
                {line.prompt ? <span style={{ color: '#3fb950' }}>❯ </span> : null}
                <span style={{ color: line.prompt ? '#f0f6fc' : '#8b949e' }}>{line.shown}</span>
                {index === activeIndex && cursorOn ? (
                  <span style={{ display: 'inline-block', width: fontSize * 0.6, height: fontSize * 1.1, backgroundColor: '#58a6ff', verticalAlign: 'middle' }} />
                ) : null}
              </div>
            ) : null
          )}
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 240;

x
