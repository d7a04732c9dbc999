Sure! Here's the leaderboard scene with animated rank changes:

```tsx
const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const reps = [
  { name: 'Marisol Vega', team: 'EMEA', start: 3, end: 1, deals: 48 },
  { name: 'Tobias Lindqvist', team: 'Nordics', start: 1, end: 2, deals: 45 },
  { name: 'Aiyana Brooks', team: 'NA West', start: 2, end: 3, deals: 41 },
  { name: 'Kenji Mori', team: 'APAC', start: 5, end: 4, deals: 37 },
  { name: 'Dario Conti', team: 'Southern EU', start: 4, end: 5, deals: 33 },
];

const medal = ['#fbbf24', '#cbd5e1', '#d97706'];

export default function SalesLeaderboard() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isPortrait = height > width;
  const boardWidth = width * (isPortrait ? 0.9 : 0.55);
  const rowHeight = height * (isPortrait ? 0.085 : 0.12);
  const swap = spring({ frame: frame - 70, fps, config: { damping: 18, stiffness: 70 } });
  const headerIn = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ backgroundColor: '#0f172a', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, system-ui, sans-serif' }}>
      <div style={{ width: boardWidth }}>
        <div style={{ opacity: headerIn, marginBottom: rowHeight * 0.4 }}>
          <div style={{ fontSize: rowHeight * 0.28, color: '#38bdf8', letterSpacing: 4, fontWeight: 700 }}>Q3 SALES</div>
          <div style={{ fontSize: rowHeight * 0.6, fontWeight: 800, color: '#f8fafc' }}>Top closers</div>
        </div>
        <div style={{ position: 'relative', height: rowHeight * reps.length }}>
          {reps.map((rep, index) => {
            const enter = spring({ frame: frame - 10 - index * 6, fps, config: { damping: 15 } });
            const rank = interpolate(swap, [0, 1], [rep.start, rep.end]);
            const finalRank = swap > 0.5 ? rep.end : rep.start;
            const deals = Math.round(interpolate(frame, [20, 90], [rep.deals * 0.6, rep.deals], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' }));
            return (
              <div
                key={rep.name}
                style={{
                  position: 'absolute',
                  left: 0,
                  right: 0,
                  top: (rank - 1) * rowHeight,
                  height: rowHeight * 0.84,
                  display: 'flex',
                  alignItems: 'center',
                  gap: rowHeight * 0.3,
                  padding: `0 ${rowHeight * 0.3}px`,
                  borderRadius: rowHeight * 0.2,
                  backgroundColor: finalRank === 1 ? '#1e3a8a' : '#1e293b',
                  opacity: enter,
                  transform: `translateX(${(1 - enter) * -80}px)`,
                }}
              >
                <div
                  style={{
                    width: rowHeight * 0.5,
                    height: rowHeight * 0.5,
                    borderRadius: '50%',
                    backgroundColor: medal[finalRank - 1] || '#334155',
                    color: '#0f172a',
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    fontWeight: 800,
                    fontSize: rowHeight * 0.24,
                  }}
                >
                  {finalRank}
                </div>
                <div style={{ flex: 1 }}>
                  <div style={{ fontSize: rowHeight * 0.26, fontWeight: 700, color: '#f1f5f9' }}>{rep.name}</div>
                  <div style={{ fontSize: rowHeight * 0.18, color: '#94a3b8' }}>{rep.team}</div>
                </div>
                <div style={{ fontSize: rowHeight * 0.3, fontWeight: 800, color: '#38bdf8' }}>{deals}</div>
              </div>
            );
          })}
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
```

The rows slide in first, then Marisol overtakes the top two at the two-second mark. Let me know if you want a different number of rows.
