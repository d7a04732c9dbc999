const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const team = [
  { name: 'Noor Haddad', role: 'CEO', hue: 12 },
  { name: 'Felix Baumann', role: 'CTO', hue: 200 },
  { name: 'Ines Carvalho', role: 'Design lead', hue: 330 },
  { name: 'Sam Okoye', role: 'Engineering', hue: 145 },
  { name: 'Yuki Tanaka', role: 'Growth', hue: 42 },
  { name: 'Rafael Ortiz', role: 'Customer success', hue: 265 },
];

function initialsOf(name) {
  return name
    .split(' ')
    .map((part) => part.charAt(0))
    .join('');
}

export default function TeamIntroGrid() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isSquare = Math.abs(width - height) < 10;
  const columns = 3;
  const gridWidth = width * (isSquare ? 0.86 : 0.7);
  const cellWidth = gridWidth / columns;
  const avatar = Math.min(cellWidth * 0.42, height * 0.16);
  const titleIn = spring({ frame, fps, config: { damping: 18 } });

  return (
    <AbsoluteFill style={{ backgroundColor: '#fffbeb', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, system-ui, sans-serif' }}>
      <div style={{ textAlign: 'center', marginBottom: height * 0.05, opacity: titleIn, transform: `translateY(${(1 - titleIn) * -30}px)` }}>
        <div style={{ fontSize: avatar * 0.45, fontWeight: 800, color: '#1c1917' }}>Meet the team</div>
        <div style={{ fontSize: avatar * 0.2, color: '#78716c', marginTop: 6 }}>The people building Fernway</div>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, ${cellWidth}px)`, rowGap: avatar * 0.35 }}>
        {team.map((member, index) => {
          const delay = 15 + index * 9;
          const pop = spring({ frame: frame - delay, fps, config: { damping: 11, stiffness: 120 } });
          const labelIn = interpolate(frame, [delay + 8, delay + 20], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
          return (
            <div key={member.name} style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
              <div
                style={{
                  width: avatar,
                  height: avatar,
                  borderRadius: '50%',
                  background: `linear-gradient(145deg, hsl(${member.hue}, 85%, 65%), hsl(${member.hue + 30}, 75%, 45%))`,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  color: '#ffffff',
                  fontSize: avatar * 0.34,
                  fontWeight: 800,
                  border: `${avatar * 0.04}px solid #ffffff`,
                  boxShadow: `0 ${avatar * 0.08}px ${avatar * 0.2}px hsla(${member.hue}, 70%, 40%, 0.3)`,
                  transform: `scale(${pop})`,
                }}
              >
                {initialsOf(member.name)}
              </div>
              <div style={{ marginTop: avatar * 0.12, textAlign: 'center', opacity: labelIn }}>
                <div style={{ fontSize: avatar * 0.17, fontWeight: 700, color: '#292524' }}>{member.name}</div>
                <div style={{ fontSize: avatar * 0.13, color: '#a8a29e' }}>{member.role}</div>
              </div>
            </div>
          );
        })}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
