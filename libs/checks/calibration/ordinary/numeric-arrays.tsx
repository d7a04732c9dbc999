const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const seatTiers = [1200, 1600, 2400];

const frameTable = [0, 30, 60, 90, 120];

const revenue = [
  [2019, 1200, 340],
  [2020, 1600, 410],
  [2021, 2400, 555],
];

export default function NumericArrays() {
  const frame = useCurrentFrame();
  const step = frameTable.filter((at) => frame >= at).length - 1;
  const width = interpolate(frame, frameTable, [0, 25, 50, 75, 100], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: '#f8fafc', alignItems: 'center', justifyContent: 'center', gap: 24 }}>
      <div style={{ fontSize: 64, fontWeight: 800 }}>{seatTiers[Math.min(step, seatTiers.length - 1)].toLocaleString('en-US')}</div>
      <div style={{ width: `${width}%`, height: 12, backgroundColor: '#2563eb' }} />
      {revenue.map(([year, value, margin]) => (
        <div key={year} style={{ fontSize: 28 }}>
          {year}: {value} ({margin})
        </div>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
