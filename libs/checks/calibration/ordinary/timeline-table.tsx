const { AbsoluteFill, Sequence, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const timeline = [
  { at: 0, until: 30, label: 'Intro' },
  { at: 30, until: 90, label: 'Chart' },
  { at: 90, until: 150, label: 'Totals' },
  { at: 150, until: 180, label: 'Outro' },
];

const beats = [0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165];

const timestamps = ['00:00', '00:01', '00:03', '00:05', '00:06'];

function Beat({ index }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const pop = spring({ frame, fps, config: { damping: 10 } });
  return <div style={{ position: 'absolute', left: 100 + index * 140, top: 500, width: 40, height: 40, borderRadius: 20, backgroundColor: '#f43f5e', transform: `scale(${pop})` }} />;
}

export default function TimelineTable() {
  return (
    <AbsoluteFill style={{ backgroundColor: '#111827', fontFamily: 'Inter, sans-serif' }}>
      {timeline.map((segment) => (
        <Sequence key={segment.label} from={segment.at} durationInFrames={segment.until - segment.at}>
          <div style={{ position: 'absolute', top: 200, left: 100, fontSize: 80, color: '#ffffff' }}>{segment.label}</div>
        </Sequence>
      ))}
      {beats.map((at, index) => (
        <Sequence key={at} from={at} layout="none">
          <Beat index={index} />
        </Sequence>
      ))}
      <div style={{ position: 'absolute', bottom: 80, left: 100, display: 'flex', gap: 60, color: '#9ca3af', fontSize: 24 }}>
        {timestamps.map((stamp) => (
          <span key={stamp}>{stamp}</span>
        ))}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
