const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const script_k3v9q2xa = [
  'Finalize landing page copy',
  'QA on iOS and Android',
  'Schedule newsletter',
  'Brief the support team',
  'Flip the feature flag',
];

const ITEM_GAP_k3v9q2xa = 22;

function CheckItem_k3v9q2xa({ label, index, unit }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const appearAt = 15 + index * 8;
  const checkAt = 55 + index * ITEM_GAP_k3v9q2xa;
  const appear = spring({ frame: frame - appearAt, fps, config: { damping: 16 } });
  const check = spring({ frame: frame - checkAt, fps, config: { damping: 10, stiffness: 200 } });
  const strike = interpolate(frame, [checkAt + 4, checkAt + 16], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const done = frame >= checkAt;

  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 28 * unit,
        padding: `${24 * unit}px ${32 * unit}px`,
        borderRadius: 22 * unit,
        backgroundColor: done ? '#ecfdf5' : '#ffffff',
        boxShadow: '0 10px 30px rgba(15, 23, 42, 0.06)',
        opacity: appear,
        transform: `translateY(${(1 - appear) * 30}px)`,
      }}
    >
      <div
        style={{
          width: 52 * unit,
          height: 52 * unit,
          borderRadius: 14 * unit,
          border: `${4 * unit}px solid ${done ? '#10b981' : '#cbd5e1'}`,
          backgroundColor: done ? '#10b981' : 'transparent',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          color: '#ffffff',
          fontSize: 34 * unit,
          fontWeight: 900,
        }}
      >
        <span style={{ display: 'inline-block', transform: `scale(${check})` }}>✓</span>
      </div>
      <div style={{ position: 'relative', fontSize: 40 * unit, color: done ? '#64748b' : '#0f172a' }}>
        {label}
        <div style={{ position: 'absolute', left: 0, top: '52%', height: 3 * unit, width: `${strike * 100}%`, backgroundColor: '#64748b' }} />
      </div>
    </div>
  );
}

export default function LaunchChecklist_k3v9q2xa() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const unit = Math.min(width, height) / 1080;
  const completed = script_k3v9q2xa.filter((_, index) => frame >= 55 + index * ITEM_GAP_k3v9q2xa).length;
  const progress = interpolate(completed, [0, script_k3v9q2xa.length], [0, 1]);

  return (
    <AbsoluteFill style={{ backgroundColor: '#f8fafc', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, system-ui, sans-serif' }}>
      <div style={{ width: Math.min(width * 0.86, 1100 * unit), display: 'flex', flexDirection: 'column', gap: 22 * unit }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <div style={{ fontSize: 64 * unit, fontWeight: 800, color: '#0f172a' }}>Launch day</div>
          <div style={{ fontSize: 34 * unit, fontWeight: 700, color: '#10b981' }}>
            {completed}/{script_k3v9q2xa.length}
          </div>
        </div>
        <div style={{ height: 12 * unit, borderRadius: 999, backgroundColor: '#e2e8f0', overflow: 'hidden', marginBottom: 12 * unit }}>
          <div style={{ height: '100%', width: `${progress * 100}%`, backgroundColor: '#10b981' }} />
        </div>
        {script_k3v9q2xa.map((label, index) => (
          <CheckItem_k3v9q2xa key={label} label={label} index={index} unit={unit} />
        ))}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames_k3v9q2xa = 180;
