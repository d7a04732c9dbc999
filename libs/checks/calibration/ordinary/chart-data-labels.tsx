const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const series = [
  { label: 'Q1 2024', value: 2.4, change: '+12.5%' },
  { label: 'Q2 2024', value: 3.1, change: '+29.2%' },
  { label: 'Q3 2024', value: 3.8, change: '+22.6%' },
  { label: 'Q4 2024', value: 4.6, change: '+21.1%' },
  { label: 'Q1 2025', value: 5.2, change: '+13.0%' },
];

const axis = ['$0M', '$2M', '$4M', '$6M'];

export default function ChartDataLabels() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: '#030712', flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'center', gap: 40, paddingBottom: 160, fontFamily: 'Inter, sans-serif' }}>
      <div style={{ position: 'absolute', left: 60, top: 120, display: 'flex', flexDirection: 'column-reverse', gap: 140, color: '#6b7280', fontSize: 22 }}>
        {axis.map((tick) => (
          <span key={tick}>{tick}</span>
        ))}
      </div>
      {series.map((entry, index) => {
        const grow = spring({ frame: frame - index * 6, fps, config: { damping: 14 } });
        return (
          <div key={entry.label} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 10 }}>
            <span style={{ color: '#e5e7eb', fontSize: 24, fontWeight: 700 }}>${entry.value.toFixed(1)}M</span>
            <span style={{ color: '#22d3ee', fontSize: 18 }}>{entry.change}</span>
            <div style={{ width: 120, height: entry.value * 120 * grow, backgroundColor: '#22d3ee', borderRadius: 8 }} />
            <span style={{ color: '#9ca3af', fontSize: 22 }}>{entry.label}</span>
          </div>
        );
      })}
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
