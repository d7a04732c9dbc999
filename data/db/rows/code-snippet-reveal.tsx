const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const palette = { keyword: '#c792ea', fn: '#82aaff', string: '#c3e88d', number: '#f78c6c', plain: '#d6deeb', comment: '#637777' };

const codeLines = [
  [['keyword', 'export async function '], ['fn', 'totalSpend'], ['plain', '(orders) {']],
  [['keyword', '  const '], ['plain', 'paid = orders.'], ['fn', 'filter'], ['plain', '((o) => o.status === '], ['string', "'paid'"], ['plain', ');']],
  [['keyword', '  return '], ['plain', 'paid.'], ['fn', 'reduce'], ['plain', '((sum, o) => sum + o.amount, '], ['number', '0'], ['plain', ');']],
  [['plain', '}']],
  [['plain', '']],
  [['comment', '// 4 lines instead of 40']],
];

const FRAMES_PER_LINE = 18;

export default function CodeSnippetReveal() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const editorWidth = Math.min(width * 0.75, height * 1.6);
  const fontSize = editorWidth * 0.026;
  const editorIn = spring({ frame, fps, config: { damping: 16 } });
  const highlightLine = Math.min(codeLines.length - 1, Math.floor(Math.max(0, frame - 15) / FRAMES_PER_LINE));
  const captionIn = interpolate(frame, [140, 160], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ background: 'linear-gradient(135deg, #011627 0%, #1d3b53 100%)', alignItems: 'center', justifyContent: 'center', gap: height * 0.05 }}>
      <div
        style={{
          width: editorWidth,
          borderRadius: 20,
          backgroundColor: '#011627',
          border: '1px solid #1d3b53',
          boxShadow: '0 40px 90px rgba(0, 0, 0, 0.5)',
          overflow: 'hidden',
          transform: `translateY(${(1 - editorIn) * 80}px)`,
          opacity: editorIn,
        }}
      >
        <div style={{ padding: '14px 22px', backgroundColor: '#0b2942', color: '#5f7e97', fontFamily: 'Inter, sans-serif', fontSize: fontSize * 0.75 }}>
          orders.ts
        </div>
        <div style={{ padding: fontSize * 1.2, fontFamily: 'Fira Code, Menlo, monospace', fontSize, lineHeight: 1.8 }}>
          {codeLines.map((segments, lineIndex) => {
            const start = 15 + lineIndex * FRAMES_PER_LINE;
            const reveal = interpolate(frame, [start, start + 12], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
            const active = lineIndex === highlightLine && frame < 140;
            return (
              <div
                key={lineIndex}
                style={{
                  display: 'flex',
                  whiteSpace: 'pre',
                  opacity: reveal,
                  transform: `translateX(${(1 - reveal) * 30}px)`,
                  backgroundColor: active ? 'rgba(130, 170, 255, 0.08)' : 'transparent',
                  borderLeft: `3px solid ${active ? '#82aaff' : 'transparent'}`,
                  paddingLeft: 12,
                }}
              >
                <span style={{ width: fontSize * 2, color: '#4b6479' }}>{lineIndex + 1}</span>
                {segments.map(([kind, text], segmentIndex) => (
                  <span key={segmentIndex} style={{ color: palette[kind], fontStyle: kind === 'comment' ? 'italic' : 'normal' }}>
                    {text}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      <div style={{ fontFamily: 'Inter, sans-serif', fontSize: fontSize * 1.4, color: '#d6deeb', fontWeight: 700, opacity: captionIn }}>
        Clean code, shipped faster.
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 210;
