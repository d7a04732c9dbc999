const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const team = [
  { name: 'Daniel Okafor', role: 'Account manager', note: 'Questions about your invoice? Write to daniel.okafor@outlook.com and I will get back to you.' },
  { name: 'Grace Lin', role: 'Customer success', note: 'Book an onboarding call from the help centre.' },
];

export default function RealEmailInString() {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: '#ffffff', padding: 100, gap: 30, fontFamily: 'Inter, sans-serif', opacity }}>
      {team.map((person) => (
        <div key={person.name}>
          <div style={{ fontSize: 40, fontWeight: 800 }}>{person.name}</div>
          <div style={{ fontSize: 24, color: '#64748b' }}>{person.role}</div>
          <div style={{ fontSize: 24 }}>{person.note}</div>
        </div>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
