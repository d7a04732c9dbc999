const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const stores = [
  { city: 'Lisbon', x: 0.18, y: 0.62 },
  { city: 'Madrid', x: 0.3, y: 0.58 },
  { city: 'Paris', x: 0.42, y: 0.36 },
  { city: 'Amsterdam', x: 0.5, y: 0.22 },
  { city: 'Berlin', x: 0.64, y: 0.26 },
  { city: 'Milan', x: 0.55, y: 0.5 },
  { city: 'Vienna', x: 0.72, y: 0.42 },
];

function Pin({ store, index, mapWidth, mapHeight }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const delay = 25 + index * 10;
  const drop = spring({ frame: frame - delay, fps, config: { damping: 10, stiffness: 140 } });
  const pulse = (frame - delay) % 40;
  const pulseScale = interpolate(pulse, [0, 39], [0.4, 2.2]);
  const pulseOpacity = frame > delay ? interpolate(pulse, [0, 39], [0.6, 0]) : 0;
  const pinSize = mapWidth * 0.028;

  return (
    <div style={{ position: 'absolute', left: store.x * mapWidth, top: store.y * mapHeight }}>
      <div
        style={{
          position: 'absolute',
          left: -pinSize,
          top: -pinSize * 0.5,
          width: pinSize * 2,
          height: pinSize,
          borderRadius: '50%',
          border: '3px solid #e11d48',
          transform: `scale(${pulseScale})`,
          opacity: pulseOpacity,
        }}
      />
      <div
        style={{
          position: 'absolute',
          left: -pinSize / 2,
          top: -pinSize * 1.4,
          width: pinSize,
          height: pinSize,
          borderRadius: '50% 50% 50% 0',
          backgroundColor: '#e11d48',
          border: '3px solid #ffffff',
          transform: `translateY(${(1 - drop) * -mapHeight * 0.3}px) rotate(-45deg)`,
          opacity: Math.min(1, drop * 2),
          boxShadow: '0 6px 12px rgba(0, 0, 0, 0.25)',
        }}
      />
      <div
        style={{
          position: 'absolute',
          left: pinSize * 0.8,
          top: -pinSize * 1.5,
          fontSize: pinSize * 0.75,
          fontWeight: 700,
          color: '#0f172a',
          whiteSpace: 'nowrap',
          opacity: drop,
        }}
      >
        {store.city}
      </div>
    </div>
  );
}

export default function StoreLocatorPins() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const mapWidth = Math.min(width * 0.9, height * 1.5);
  const mapHeight = mapWidth * 0.6;
  const mapIn = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  const opened = Math.min(stores.length, Math.max(0, Math.floor((frame - 25) / 10) + 1));

  return (
    <AbsoluteFill style={{ backgroundColor: '#e0f2fe', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, sans-serif' }}>
      <div
        style={{
          position: 'relative',
          width: mapWidth,
          height: mapHeight,
          borderRadius: 32,
          overflow: 'hidden',
          opacity: mapIn,
          background: 'linear-gradient(180deg, #bae6fd 0%, #7dd3fc 100%)',
          boxShadow: '0 30px 80px rgba(2, 132, 199, 0.25)',
        }}
      >
        <svg width={mapWidth} height={mapHeight} viewBox="0 0 100 60" preserveAspectRatio="none" style={{ position: 'absolute' }}>
          <path d="M8 44 L14 30 L26 28 L34 18 L46 10 L60 8 L76 12 L84 22 L80 34 L70 44 L58 50 L40 52 L24 54 Z" fill="#fef9c3" stroke="#fde68a" strokeWidth={0.6} />
        </svg>
        {stores.map((store, index) => (
          <Pin key={store.city} store={store} index={index} mapWidth={mapWidth} mapHeight={mapHeight} />
        ))}
        <div style={{ position: 'absolute', left: 28, bottom: 24, padding: '14px 22px', borderRadius: 16, backgroundColor: '#ffffff', fontSize: mapWidth * 0.022, color: '#0f172a', fontWeight: 700 }}>
          {opened} stores open across Europe
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
