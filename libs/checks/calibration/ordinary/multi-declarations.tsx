const { AbsoluteFill, interpolate, random, useCurrentFrame } = window.Remotion;

const dots = Array.from({ length: 60 }, (_, index) => ({ angle: random(`a-${index}`) * Math.PI * 2, speed: 2 + random(`s-${index}`) * 6 }));

function dotState(dot, frame) {
  let hue, opacity, scale;
  let x = 0, y = 0, z = 0;
  x = 960 + Math.cos(dot.angle) * dot.speed * frame;
  y = 540 + Math.sin(dot.angle) * dot.speed * frame;
  z = Math.sin(frame / 10 + dot.angle) * 30;
  hue = (200 + frame * 2) % 360;
  opacity = interpolate(frame, [0, 10, 80, 100], [0, 1, 1, 0], { extrapolateRight: 'clamp' });
  scale = 1 + z / 100;
  return { hue, opacity, scale, x, y };
}

export default function MultiDeclarations() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ backgroundColor: '#020617' }}>
      {dots.map((dot, index) => {
        const state = dotState(dot, frame);
        return (
          <div
            key={index}
            style={{
              position: 'absolute',
              left: state.x,
              top: state.y,
              width: 10,
              height: 10,
              borderRadius: '50%',
              backgroundColor: `hsl(${state.hue}, 90%, 65%)`,
              opacity: state.opacity,
              transform: `scale(${state.scale})`,
            }}
          />
        );
      })}
    </AbsoluteFill>
  );
}

export const durationInFrames = 100;
