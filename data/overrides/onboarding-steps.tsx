const { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const steps = [
  { title: 'Create your workspace', body: 'Pick a name and invite up to five teammates.', glyph: '1' },
  { title: 'Connect your data', body: 'Import from CSV or sync a spreadsheet in two clicks.', glyph: '2' },
  { title: 'Share your first board', body: 'Publish a live link your whole company can follow.', glyph: '3' },
];

const STEP_LENGTH = 55;

function StepCard({ step, index }) {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isPortrait = height > width;
  const unit = Math.min(width, height) / 1080;
  const enter = spring({ frame, fps, config: { damping: 15 } });
  const bodyIn = interpolate(frame, [10, 25], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center' }}>
      <div
        style={{
          width: isPortrait ? width * 0.84 : width * 0.5,
          padding: 64 * unit,
          borderRadius: 40 * unit,
          backgroundColor: '#ffffff',
          boxShadow: '0 40px 100px rgba(13, 148, 136, 0.2)',
          transform: `translateX(${(1 - enter) * width * 0.5}px)`,
          opacity: enter,
        }}
      >
        <div
          style={{
            width: 110 * unit,
            height: 110 * unit,
            borderRadius: 30 * unit,
            backgroundColor: '#0d9488',
            color: '#ffffff',
            fontSize: 60 * unit,
            fontWeight: 800,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          {step.glyph}
        </div>
        <div style={{ fontSize: 64 * unit, fontWeight: 800, color: '#134e4a', marginTop: 40 * unit }}>{step.title}</div>
        <div style={{ fontSize: 36 * unit, color: '#475569', marginTop: 16 * unit, lineHeight: 1.4, opacity: bodyIn }}>{step.body}</div>
        <div style={{ display: 'flex', gap: 14 * unit, marginTop: 48 * unit }}>
          {steps.map((_, dotIndex) => (
            <div
              key={dotIndex}
              style={{
                width: dotIndex === index ? 60 * unit : 18 * unit,
                height: 18 * unit,
                borderRadius: 999,
                backgroundColor: dotIndex <= index ? '#0d9488' : '#ccfbf1',
              }}
            />
          ))}
        </div>
      </div>
    </AbsoluteFill>
  );
}

export default function OnboardingSteps() {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const fadeOut = interpolate(frame, [durationInFrames - 12, durationInFrames], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });

  return (
    <AbsoluteFill style={{ background: 'linear-gradient(160deg, #f0fdfa 0%, #99f6e4 100%)', fontFamily: 'Inter, system-ui, sans-serif', opacity: fadeOut }}>
      {steps.map((step, index) => (
        <Sequence key={step.title} from={index * STEP_LENGTH} durationInFrames={index === steps.length - 1 ? 180 - index * STEP_LENGTH : STEP_LENGTH}>
          <StepCard step={step} index={index} />
        </Sequence>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
