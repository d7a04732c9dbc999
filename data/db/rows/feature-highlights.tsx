const { AbsoluteFill, Series, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

const features = [
  { icon: '↯', title: 'Instant sync', body: 'Changes appear on every device in under 100 ms.', tint: '#fde047' },
  { icon: '◆', title: 'Private by default', body: 'End-to-end encryption for every workspace.', tint: '#86efac' },
  { icon: '⇄', title: 'Plays well with others', body: 'Two-way sync with the tools your team already uses.', tint: '#93c5fd' },
];

const PER_FEATURE = 60;

function FeatureSlide({ feature, index }) {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const iconPop = spring({ frame, fps, config: { damping: 9, stiffness: 140 } });
  const textIn = interpolate(frame, [8, 24], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: Easing.out(Easing.cubic) });
  const out = interpolate(frame, [PER_FEATURE - 10, PER_FEATURE], [1, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ flexDirection: 'row', alignItems: 'center', justifyContent: 'center', gap: width * 0.05, opacity: out }}>
      <div
        style={{
          width: size * 0.36,
          height: size * 0.36,
          borderRadius: size * 0.08,
          backgroundColor: feature.tint,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: size * 0.18,
          fontWeight: 800,
          color: '#0f172a',
          transform: `scale(${iconPop}) rotate(${(1 - iconPop) * 20}deg)`,
        }}
      >
        {feature.icon}
      </div>
      <div style={{ maxWidth: width * 0.42, opacity: textIn, transform: `translateX(${(1 - textIn) * 50}px)` }}>
        <div style={{ fontSize: size * 0.035, color: '#94a3b8', fontWeight: 700 }}>
          0{index + 1} / 0{features.length}
        </div>
        <div style={{ fontSize: size * 0.095, fontWeight: 800, color: '#f8fafc', lineHeight: 1.05 }}>{feature.title}</div>
        <div style={{ fontSize: size * 0.045, color: '#cbd5e1', marginTop: size * 0.02, lineHeight: 1.35 }}>{feature.body}</div>
      </div>
    </AbsoluteFill>
  );
}

function Outro() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const pop = spring({ frame, fps, config: { damping: 12 } });
  return (
    <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ fontSize: Math.min(width, height) * 0.09, fontWeight: 800, color: '#f8fafc', transform: `scale(${pop})` }}>
        Relay <span style={{ color: '#fde047' }}>2.0</span>
      </div>
    </AbsoluteFill>
  );
}

export default function FeatureHighlights() {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const progress = interpolate(frame, [0, durationInFrames], [0, 100]);

  return (
    <AbsoluteFill style={{ backgroundColor: '#0f172a', fontFamily: 'Inter, system-ui, sans-serif' }}>
      <Series>
        {features.map((feature, index) => (
          <Series.Sequence key={feature.title} durationInFrames={PER_FEATURE}>
            <FeatureSlide feature={feature} index={index} />
          </Series.Sequence>
        ))}
        <Series.Sequence durationInFrames={30}>
          <Outro />
        </Series.Sequence>
      </Series>
      <div style={{ position: 'absolute', left: 0, bottom: 0, height: 6, width: `${progress}%`, backgroundColor: '#fde047' }} />
    </AbsoluteFill>
  );
}

export const durationInFrames = 210;
