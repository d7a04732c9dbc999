const { AbsoluteFill, Sequence, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const members = [
  { name: 'Amara Okafor', team: 'Design' },
  { name: 'Diego Hernández', team: 'Platform' },
];

function welcome(name) {
  return `${name} just joined the team. Say hello and share your first project.`;
}

function Toast({ member }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enter = spring({ frame, fps, config: { damping: 14 } });
  const detail = `They will be working with the ${member.team} team from Monday. Drop them a note in the channel and say what you are working on.`;
  return (
    <div style={{ padding: 28, borderRadius: 20, backgroundColor: '#ffffff', opacity: enter, width: 900 }}>
      <div style={{ fontSize: 28, fontWeight: 700 }}>{welcome(member.name)}</div>
      <div style={{ fontSize: 22, color: '#64748b' }}>{detail}</div>
    </div>
  );
}

export default function TemplateStringProse() {
  return (
    <AbsoluteFill style={{ backgroundColor: '#e0e7ff', alignItems: 'center', justifyContent: 'center', gap: 24, fontFamily: 'Inter, sans-serif' }}>
      {members.map((member, index) => (
        <Sequence key={member.name} from={index * 30} layout="none">
          <Toast member={member} />
        </Sequence>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
