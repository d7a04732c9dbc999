const { AbsoluteFill, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const account = {
  email: 'sarah.mitchell@gmail.com',
  passwordLength: 12,
};

export default function LoginMockupEmail() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const card = spring({ frame, fps, config: { damping: 18 } });
  const typed = Math.floor(interpolate(frame, [20, 60], [0, account.email.length], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' }));
  const dots = Math.floor(interpolate(frame, [70, 100], [0, account.passwordLength], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' }));
  return (
    <AbsoluteFill style={{ backgroundColor: '#0b1020', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, sans-serif' }}>
      <div style={{ width: 640, padding: 48, borderRadius: 24, backgroundColor: '#ffffff', opacity: card, display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ fontSize: 44, fontWeight: 800 }}>Welcome back</div>
        <p style={{ margin: 0, fontSize: 22, color: '#64748b' }}>Welcome back. Sign in to continue to your dashboard.</p>
        <div style={{ fontSize: 18, color: '#64748b' }}>Email address</div>
        <div style={{ height: 64, borderRadius: 12, border: '2px solid #6366f1', display: 'flex', alignItems: 'center', padding: '0 20px', fontSize: 26 }}>
          {account.email.slice(0, typed)}
        </div>
        <div style={{ fontSize: 18, color: '#64748b' }}>Password</div>
        <div style={{ height: 64, borderRadius: 12, border: '2px solid #e2e8f0', display: 'flex', alignItems: 'center', padding: '0 20px', fontSize: 26 }}>
          {'•'.repeat(dots)}
        </div>
        <div style={{ height: 68, borderRadius: 12, backgroundColor: '#6366f1', color: '#ffffff', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 26, fontWeight: 700 }}>
          Sign in
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
