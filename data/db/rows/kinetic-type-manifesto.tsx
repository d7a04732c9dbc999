// Kinetic typography manifesto
// Each line of the script punches in on its own beat, holds, then slides away.
// Timing is driven by a single "beat" length so the whole piece can be retimed in one place.

const { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

// The script: one entry per beat. `accent` words get the highlight colour.
const script = [
  { text: 'We build', accent: 'tools' },
  { text: 'for people who', accent: 'ship' },
  { text: 'fast, bold,', accent: 'together' },
  { text: 'this is', accent: 'Northwind' },
];

// Frames each line stays on screen (30 fps → 1.75 s per beat).
const BEAT = 52;

/* A single animated line. Receives its own local frame via Sequence. */
function KineticLine({ text, accent, index }) {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isPortrait = height > width;

  // Base font size scales with the shorter side so portrait and square both fit.
  const fontSize = Math.min(width, height) * (isPortrait ? 0.11 : 0.09);

  // Entrance: a snappy spring that overshoots slightly.
  const enter = spring({ frame, fps, config: { damping: 10, stiffness: 160 } });

  // Exit: the last 10 frames of the beat push the line out sideways.
  const exit = interpolate(frame, [BEAT - 10, BEAT], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.in(Easing.cubic),
  });

  // Alternate the entry direction for rhythm: even lines from the left, odd from the right.
  const direction = index % 2 === 0 ? -1 : 1;
  const translateX = (1 - enter) * direction * width * 0.4 - exit * direction * width * 0.6;

  // The accent word lands a few frames after the rest of the line.
  const accentScale = spring({ frame: frame - 6, fps, config: { damping: 8 } });

  return (
    <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center' }}>
      <div
        style={{
          fontSize,
          fontWeight: 900,
          lineHeight: 1.05,
          textAlign: 'center',
          textTransform: 'uppercase',
          color: '#fefce8',
          transform: `translateX(${translateX}px) skewX(${(1 - enter) * -12}deg)`,
          maxWidth: width * 0.85,
        }}
      >
        {text}{' '}
        <span
          style={{
            display: 'inline-block',
            color: '#facc15',
            transform: `scale(${0.6 + accentScale * 0.4})`,
          }}
        >
          {accent}
        </span>
      </div>
    </AbsoluteFill>
  );
}

export default function KineticTypeManifesto() {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();

  // A slow background hue drift keeps the frame alive between words.
  const hue = interpolate(frame, [0, durationInFrames], [250, 290]);

  return (
    <AbsoluteFill style={{ background: `hsl(${hue}, 45%, 10%)`, fontFamily: 'Impact, Arial Black, sans-serif' }}>
      {/* One Sequence per beat; each line only sees its own local frame. */}
      {script.map((line, index) => (
        <Sequence key={line.accent} from={index * BEAT} durationInFrames={BEAT}>
          <KineticLine text={line.text} accent={line.accent} index={index} />
        </Sequence>
      ))}
    </AbsoluteFill>
  );
}

// 4 beats × 52 frames, plus a couple of frames of air at the end.
export const durationInFrames = 210;
