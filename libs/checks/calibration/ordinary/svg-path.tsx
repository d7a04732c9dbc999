const { AbsoluteFill, Easing, interpolate, useCurrentFrame } = window.Remotion;

const ROUTE = 'M 120 340 Q 900 180 1800 340';

const waves = ['M 0 540 C 480 420 1440 660 1920 540', 'M 0 620 C 520 520 1400 760 1920 620'];

export default function SvgPath() {
  const frame = useCurrentFrame();
  const progress = interpolate(frame, [0, 60], [0, 1], {
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.cubic),
  });
  return (
    <AbsoluteFill style={{ backgroundColor: '#020617' }}>
      <svg viewBox="0 0 1920 1080" width="100%" height="100%">
        {waves.map((d) => (
          <path key={d} d={d} fill="none" stroke="#1e293b" strokeWidth={3} />
        ))}
        <path d="M 120 340 Q 900 180 1800 340" fill="none" stroke="#334155" strokeWidth={2} strokeDasharray="6 10" />
        <path d={ROUTE} fill="none" stroke="#38bdf8" strokeWidth={6} pathLength={1} strokeDasharray={1} strokeDashoffset={1 - progress} />
        <polyline points="120,340 760,300 1180,260 1800,340" fill="none" stroke="#a78bfa" strokeWidth={2} />
      </svg>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
