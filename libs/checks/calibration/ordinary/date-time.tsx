const { AbsoluteFill, Sequence, interpolate, useCurrentFrame } = window.Remotion;

const sessions = [
  { date: '2024-03-15', start: '10:30 AM', end: '11:15 AM', title: 'Opening keynote' },
  { date: '2024-03-15', start: '1:30 PM', end: '2:15 PM', title: 'Edge rendering in practice' },
  { date: '2024-03-16', start: '9:00 AM', end: '9:45 AM', title: 'Design systems at scale' },
];

const updatedAt = '2024-03-15T10:30:00Z';

function Row({ session }) {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 12], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <div style={{ display: 'flex', gap: 30, fontSize: 28, color: '#e0e7ff', opacity }}>
      <span>{session.date}</span>
      <span>
        {session.start} – {session.end}
      </span>
      <span>{session.title}</span>
    </div>
  );
}

export default function DateTime() {
  return (
    <AbsoluteFill style={{ backgroundColor: '#1e1b4b', padding: 100, gap: 20, fontFamily: 'Inter, sans-serif' }}>
      {sessions.map((session, index) => (
        <Sequence key={session.title} from={index * 10} layout="none">
          <Row session={session} />
        </Sequence>
      ))}
      <div style={{ fontSize: 18, color: '#818cf8' }}>Last updated {updatedAt.slice(0, 10)}</div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
