const { AbsoluteFill, interpolateColors, useCurrentFrame } = window.Remotion;

const color_3b82f6 = '#3b82f6';

const color_14b8a6 = '#14b8a6';

const color_f59e0b = '#f59e0b';

const bg_f8fafc = '#f8fafc';

const swatches = [
  { name: 'Primary', hex: color_3b82f6 },
  { name: 'Teal', hex: color_14b8a6 },
  { name: 'Amber', hex: color_f59e0b },
];

export default function HexIdentifiers() {
  const frame = useCurrentFrame();
  const heading = interpolateColors(frame, [0, 60], [color_3b82f6, color_14b8a6]);
  return (
    <AbsoluteFill style={{ backgroundColor: bg_f8fafc, padding: 90, gap: 40, fontFamily: 'Inter, sans-serif' }}>
      <div style={{ fontSize: 72, fontWeight: 900, color: heading }}>Colour palette</div>
      <div style={{ display: 'flex', gap: 40 }}>
        {swatches.map((swatch) => (
          <div key={swatch.hex} style={{ width: 240, height: 240, borderRadius: 24, backgroundColor: swatch.hex }}>
            {swatch.name} {swatch.hex.toUpperCase()}
          </div>
        ))}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
