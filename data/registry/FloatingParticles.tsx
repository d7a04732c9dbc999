import React from 'react';
import { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, random } from 'remotion';

const PARTICLE_COUNT = 48;

const particles = Array.from({ length: PARTICLE_COUNT }, (_, index) => ({
  x: random(`x-${index}`),
  y: random(`y-${index}`),
  size: 4 + random(`size-${index}`) * 14,
  speed: 0.4 + random(`speed-${index}`) * 1.2,
  hue: 190 + random(`hue-${index}`) * 80,
}));

export default function FloatingParticles() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const titleIn = interpolate(frame, [20, 45], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const titleSpacing = interpolate(frame, [20, 80], [size * 0.04, size * 0.012], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });

  return (
    <AbsoluteFill style={{ background: 'radial-gradient(ellipse at center, #0c1e3e 0%, #020617 75%)', overflow: 'hidden' }}>
      {particles.map((particle, index) => {
        const travel = (particle.y * height - frame * particle.speed * 3) % height;
        const y = travel < 0 ? travel + height : travel;
        const sway = Math.sin(frame / 30 + index) * 20;
        const twinkle = 0.35 + Math.abs(Math.sin(frame / 20 + index * 1.3)) * 0.65;
        return (
          <div
            key={index}
            style={{
              position: 'absolute',
              left: particle.x * width + sway,
              top: y,
              width: particle.size,
              height: particle.size,
              borderRadius: '50%',
              backgroundColor: `hsl(${particle.hue}, 90%, 70%)`,
              boxShadow: `0 0 ${particle.size * 2}px hsl(${particle.hue}, 90%, 60%)`,
              opacity: twinkle,
            }}
          />
        );
      })}
      <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center' }}>
        <div
          style={{
            fontFamily: 'Inter, system-ui, sans-serif',
            fontSize: size * 0.09,
            fontWeight: 200,
            letterSpacing: titleSpacing,
            color: '#e0f2fe',
            opacity: titleIn,
            textTransform: 'uppercase',
          }}
        >
          Into the calm
        </div>
      </AbsoluteFill>
    </AbsoluteFill>
  );
}

export const templateConfig = {
  id: 'floating-particles',
  name: 'Floating Particles',
  duration: 180,
  previewFrame: 60,
};
