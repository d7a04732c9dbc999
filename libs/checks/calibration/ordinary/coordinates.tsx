const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const stores = [
  { city: 'San Francisco', lat: 37.7749, lng: -122.4194, label: '37.7749° N, 122.4194° W' },
  { city: 'New York', lat: 40.7128, lng: -74.006, label: '40.7128° N, 74.0060° W' },
  { city: 'London', lat: 51.5074, lng: -0.1278, label: '51.5074° N, 0.1278° W' },
  { city: 'Sydney', lat: -33.8688, lng: 151.2093, label: '33.8688° S, 151.2093° E' },
];

const bounds = { minLat: -60, maxLat: 75, minLng: -180, maxLng: 180 };

export default function Coordinates() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: '#fff1f2', fontFamily: 'Inter, sans-serif' }}>
      {stores.map((store, index) => {
        const drop = spring({ frame: frame - index * 8, fps, config: { damping: 9 } });
        const x = ((store.lng - bounds.minLng) / (bounds.maxLng - bounds.minLng)) * width;
        const y = (1 - (store.lat - bounds.minLat) / (bounds.maxLat - bounds.minLat)) * height;
        return (
          <div key={store.city} style={{ position: 'absolute', left: x, top: y - (1 - drop) * 100, opacity: drop }}>
            <div style={{ width: 20, height: 20, borderRadius: 10, backgroundColor: '#e11d48' }} />
            <div style={{ fontSize: 18, color: '#881337' }}>
              {store.city} · {store.label}
            </div>
          </div>
        );
      })}
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
