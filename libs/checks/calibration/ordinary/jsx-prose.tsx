const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

export default function JsxProse() {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: '#ffffff', padding: 120, gap: 30, fontFamily: 'Inter, sans-serif', opacity }}>
      <h1 style={{ fontSize: 72, margin: 0 }}>Welcome back</h1>
      <p style={{ fontSize: 32, lineHeight: 1.5, color: '#334155' }}>
        Welcome back. Sign in to continue to your dashboard.
      </p>
      <p style={{ fontSize: 28, lineHeight: 1.5, color: '#475569' }}>
        Your projects, drafts and shared folders are exactly where you left them. We saved your place in the timeline
        so you can pick up right where you stopped.
      </p>
      <p style={{ fontSize: 24, color: '#64748b' }}>
        Need help? Our support team answers every message within one business day.
      </p>
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
