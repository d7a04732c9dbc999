const { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const notifications = [
  { app: 'Calendar', title: 'Standup in 5 minutes', body: 'Product sync · Room 4B', accent: '#ef4444', at: 10 },
  { app: 'Payments', title: 'Payment received', body: '€1,240.00 from Harbor Studio', accent: '#22c55e', at: 40 },
  { app: 'Messages', title: 'Lena', body: 'Deck looks great, sending to the client now!', accent: '#3b82f6', at: 70 },
  { app: 'Tasks', title: '3 tasks due today', body: 'Review copy, approve budget, ship v2.1', accent: '#f59e0b', at: 100 },
];

function Notification({ item, stackIndex, unit }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const drop = spring({ frame, fps, config: { damping: 14, stiffness: 130 } });
  const depthScale = 1 - stackIndex * 0.04;
  const offset = stackIndex * 150 * unit;

  return (
    <div
      style={{
        position: 'absolute',
        left: 0,
        right: 0,
        top: offset,
        padding: 30 * unit,
        borderRadius: 36 * unit,
        backgroundColor: 'rgba(255, 255, 255, 0.82)',
        backdropFilter: 'blur(24px)',
        boxShadow: '0 18px 40px rgba(0, 0, 0, 0.18)',
        display: 'flex',
        gap: 24 * unit,
        alignItems: 'center',
        opacity: drop,
        transform: `translateY(${(1 - drop) * -220 * unit}px) scale(${depthScale})`,
        transition: 'none',
      }}
    >
      <div style={{ width: 84 * unit, height: 84 * unit, borderRadius: 22 * unit, backgroundColor: item.accent, flexShrink: 0 }} />
      <div style={{ flex: 1 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26 * unit, color: '#6b7280' }}>
          <span>{item.app.toUpperCase()}</span>
          <span>now</span>
        </div>
        <div style={{ fontSize: 36 * unit, fontWeight: 700, color: '#111827' }}>{item.title}</div>
        <div style={{ fontSize: 30 * unit, color: '#374151' }}>{item.body}</div>
      </div>
    </div>
  );
}

export default function NotificationStack() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const unit = Math.min(width, height) / 1080;
  const stackWidth = Math.min(width * 0.9, 960 * unit);
  const clock = interpolate(frame, [0, 180], [41, 44], { extrapolateRight: 'clamp' });
  const arrived = notifications.filter((item) => frame >= item.at).length;

  return (
    <AbsoluteFill style={{ background: 'linear-gradient(200deg, #0ea5e9 0%, #6366f1 50%, #312e81 100%)', alignItems: 'center', fontFamily: 'SF Pro Text, Inter, sans-serif' }}>
      <div style={{ marginTop: height * 0.08, textAlign: 'center', color: '#ffffff' }}>
        <div style={{ fontSize: 34 * unit, opacity: 0.85 }}>Tuesday, 14 October</div>
        <div style={{ fontSize: 190 * unit, fontWeight: 600, lineHeight: 1 }}>9:{Math.floor(clock)}</div>
      </div>
      <div style={{ position: 'relative', width: stackWidth, marginTop: height * 0.06, height: height * 0.5 }}>
        {notifications.map((item, index) => (
          <Sequence key={item.title} from={item.at} layout="none">
            <Notification item={item} stackIndex={Math.max(0, arrived - 1 - index)} unit={unit} />
          </Sequence>
        ))}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
