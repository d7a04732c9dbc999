const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const release = {
  version: 'v2.14.3',
  previous: 'v2.13.0',
  next: '3.0.0-beta.2',
  engines: '>=20.19.0',
  build: '2.14.3+20250211.1842',
  protocol: 'HTTP/1.1',
  ip: '10.0.12.204',
};

const history = ['1.0.0', '1.4.2', '2.0.0-rc.1', '2.0.0', '2.9.12', '2.14.3'];

export default function VersionStrings() {
  const frame = useCurrentFrame();
  const shown = Math.floor(interpolate(frame, [0, 60], [1, history.length], { extrapolateRight: 'clamp' }));
  return (
    <AbsoluteFill style={{ backgroundColor: '#0f172a', padding: 100, gap: 16, fontFamily: 'JetBrains Mono, monospace', color: '#e2e8f0' }}>
      <div style={{ fontSize: 64, fontWeight: 800 }}>
        {release.previous} → {release.version}
      </div>
      <div style={{ fontSize: 24, color: '#94a3b8' }}>
        Node {release.engines} · build {release.build} · {release.protocol} · {release.ip}
      </div>
      <div style={{ fontSize: 24, color: '#38bdf8' }}>Next: {release.next}</div>
      {history.slice(0, shown).map((version) => (
        <div key={version} style={{ fontSize: 22 }}>
          {version}
        </div>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
