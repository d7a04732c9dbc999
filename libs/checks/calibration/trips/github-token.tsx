const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const request = {
  url: 'https://api.github.com/repos/bazaar-labs/web-app/actions/runs',
  headers: { Authorization: 'Bearer ghp_htRMIoXC14kA9oIpnNsa7D3g31yR09uLRjGA', Accept: 'application/vnd.github+json' },
};

const steps = ['Install', 'Lint and typecheck', 'Unit tests', 'Build', 'Deploy'];

export default function GithubToken() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: '#0d1117', padding: 100, gap: 14, fontFamily: 'Inter, sans-serif' }}>
      <div style={{ fontSize: 24, color: '#7d8590' }}>{request.url}</div>
      {steps.map((step, index) => {
        const enter = spring({ frame: frame - index * 8, fps, config: { damping: 15 } });
        return (
          <div key={step} style={{ fontSize: 32, color: '#e6edf3', opacity: enter }}>
            ✓ {step}
          </div>
        );
      })}
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
