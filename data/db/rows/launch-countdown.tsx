const { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate, spring, Easing } = window.Remotion;

const STEP = 45;
const numbers = [5, 4, 3, 2, 1];

function CountNumber({ value }) {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const pop = spring({ frame, fps, config: { damping: 9, stiffness: 180 } });
  const fade = interpolate(frame, [STEP - 12, STEP], [1, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const ring = interpolate(frame, [0, STEP], [0, 1], { extrapolateRight: 'clamp', easing: Easing.out(Easing.quad) });
  const radius = size * 0.3;
  const circumference = 2 * Math.PI * radius;

  return (
    <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', opacity: fade }}>
      <svg width={radius * 2 + 40} height={radius * 2 + 40} style={{ position: 'absolute', transform: 'rotate(-90deg)' }}>
        <circle cx={radius + 20} cy={radius + 20} r={radius} stroke="#1f2937" strokeWidth={14} fill="none" />
        <circle
          cx={radius + 20}
          cy={radius + 20}
          r={radius}
          stroke="#f97316"
          strokeWidth={14}
          strokeLinecap="round"
          fill="none"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * ring}
        />
      </svg>
      <div style={{ fontSize: size * 0.32, fontWeight: 900, color: '#fff7ed', transform: `scale(${0.5 + pop * 0.5})` }}>
        {value}
      </div>
    </AbsoluteFill>
  );
}

function LaunchCard() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const burst = spring({ frame, fps, config: { damping: 12 } });
  const sub = interpolate(frame, [15, 35], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center', textAlign: 'center', padding: size * 0.06 }}>
      <div
        style={{
          position: 'absolute',
          width: size * 1.4 * burst,
          height: size * 1.4 * burst,
          borderRadius: '50%',
          background: 'radial-gradient(circle, rgba(249,115,22,0.45) 0%, rgba(249,115,22,0) 70%)',
        }}
      />
      <div style={{ fontSize: size * 0.12, fontWeight: 900, color: '#ffffff', transform: `scale(${burst})` }}>WE'RE LIVE</div>
      <div style={{ fontSize: size * 0.04, color: '#fdba74', marginTop: size * 0.03, opacity: sub }}>
        Orbit 2.0 is available today
      </div>
    </AbsoluteFill>
  );
}

export default function LaunchCountdown() {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const launchAt = numbers.length * STEP;
  const drift = interpolate(frame, [0, durationInFrames], [0, 30]);

  return (
    <AbsoluteFill
      style={{
        background: `linear-gradient(${160 + drift}deg, #0b0f19 0%, #1c1206 100%)`,
        fontFamily: 'Montserrat, system-ui, sans-serif',
      }}
    >
      {numbers.map((value, index) => (
        <Sequence key={value} from={index * STEP} durationInFrames={STEP}>
          <CountNumber value={value} />
        </Sequence>
      ))}
      <Sequence from={launchAt}>
        <LaunchCard />
      </Sequence>
    </AbsoluteFill>
  );
}

export const durationInFrames = 300;
