const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const footer = {
  office: 'London office',
  line: 'Call us on +44 20 7946 0958, Monday to Friday.',
  address: '30 St Mary Axe, London EC3A 8BF',
};

export default function PhoneInString() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enter = spring({ frame, fps, config: { damping: 18 } });
  return (
    <AbsoluteFill style={{ backgroundColor: '#0f172a', color: '#f8fafc', alignItems: 'center', justifyContent: 'center', gap: 16, fontFamily: 'Inter, sans-serif', opacity: enter }}>
      <div style={{ fontSize: 48, fontWeight: 800 }}>{footer.office}</div>
      <div style={{ fontSize: 30 }}>{footer.line}</div>
      <div style={{ fontSize: 24, color: '#94a3b8' }}>{footer.address}</div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
