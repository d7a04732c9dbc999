const { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate } = window.Remotion;

function DraftTitle({ text }) {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  const scale = interpolate(frame, [0, 45], [0.9, 1], { extrapolateRight: 'clamp' });

  return (
    <div
      style={{
        color: '#ffffff',
        fontSize: 96,
        fontFamily: 'Helvetica, Arial, sans-serif',
        fontWeight: 700,
        opacity,
        transform: `scale(${scale})`,
      }}
    >
      {text}
    </div>
  );
}

export default function LegacyIntroDraft() {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const noteOpacity = interpolate(frame, [30, 50], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const fadeOut = interpolate(frame, [durationInFrames - 10, durationInFrames], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });

  return (
    <AbsoluteFill style={{ backgroundColor: '#000000', alignItems: 'center', justifyContent: 'center', opacity: fadeOut }}>
      <Sequence from={0} layout="none">
        <DraftTitle text="Coming soon" />
      </Sequence>
      <div style={{ color: '#9ca3af', fontSize: 32, marginTop: 24, fontFamily: 'Helvetica, Arial, sans-serif', opacity: noteOpacity }}>
        Draft intro, do not use
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
