import React from 'react';
import { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate, spring } from 'remotion';

const workouts = [
  { name: 'Morning run', detail: '5.2 km · 28 min', kcal: 342, color: '#f97316' },
  { name: 'Strength circuit', detail: '6 rounds · 35 min', kcal: 410, color: '#8b5cf6' },
  { name: 'Evening yoga', detail: 'Flow · 20 min', kcal: 96, color: '#14b8a6' },
];

function WorkoutRow({ workout, index }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const slide = spring({ frame: frame - index * 8, fps, config: { damping: 16 } });
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 18,
        padding: 20,
        borderRadius: 22,
        backgroundColor: '#ffffff',
        boxShadow: '0 8px 24px rgba(15, 23, 42, 0.08)',
        opacity: slide,
        transform: `translateX(${(1 - slide) * 80}px)`,
      }}
    >
      <div style={{ width: 52, height: 52, borderRadius: 16, backgroundColor: workout.color, opacity: 0.9 }} />
      <div style={{ flex: 1 }}>
        <div style={{ fontSize: 24, fontWeight: 700, color: '#0f172a' }}>{workout.name}</div>
        <div style={{ fontSize: 18, color: '#64748b' }}>{workout.detail}</div>
      </div>
      <div style={{ fontSize: 22, fontWeight: 700, color: workout.color }}>{workout.kcal} kcal</div>
    </div>
  );
}

export default function FitnessAppMockup() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const phoneHeight = height * 0.86;
  const phoneWidth = phoneHeight * 0.49;
  const phoneIn = spring({ frame, fps, config: { damping: 14, stiffness: 80 } });
  const goal = interpolate(frame, [20, 80], [0, 0.72], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const isPortrait = height > width;

  return (
    <AbsoluteFill
      style={{
        background: 'linear-gradient(120deg, #fef3c7 0%, #fde68a 40%, #fca5a5 100%)',
        fontFamily: 'SF Pro Display, Inter, sans-serif',
        flexDirection: isPortrait ? 'column' : 'row',
        alignItems: 'center',
        justifyContent: 'center',
        gap: width * 0.06,
      }}
    >
      {!isPortrait ? (
        <div style={{ maxWidth: width * 0.32, opacity: phoneIn }}>
          <div style={{ fontSize: 72, fontWeight: 800, color: '#1c1917', lineHeight: 1.05 }}>Every rep counts.</div>
          <div style={{ fontSize: 28, color: '#57534e', marginTop: 20 }}>Track workouts, streaks and goals in one place.</div>
        </div>
      ) : null}
      <div
        style={{
          width: phoneWidth,
          height: phoneHeight,
          borderRadius: phoneWidth * 0.14,
          padding: phoneWidth * 0.05,
          backgroundColor: '#0f172a',
          boxShadow: '0 60px 120px rgba(120, 53, 15, 0.35)',
          transform: `translateY(${(1 - phoneIn) * height * 0.4}px) rotate(${(1 - phoneIn) * -8}deg)`,
        }}
      >
        <div style={{ width: '100%', height: '100%', borderRadius: phoneWidth * 0.1, backgroundColor: '#f8fafc', padding: 26, display: 'flex', flexDirection: 'column', gap: 18, overflow: 'hidden' }}>
          <div style={{ fontSize: 20, color: '#64748b' }}>Today</div>
          <div style={{ fontSize: 40, fontWeight: 800, color: '#0f172a' }}>848 kcal</div>
          <div style={{ height: 14, borderRadius: 999, backgroundColor: '#e2e8f0', overflow: 'hidden' }}>
            <div style={{ width: `${goal * 100}%`, height: '100%', background: 'linear-gradient(90deg, #f97316, #ef4444)' }} />
          </div>
          <div style={{ fontSize: 18, color: '#64748b' }}>{Math.round(goal * 100)}% of daily goal</div>
          <Sequence from={40} layout="none">
            {workouts.map((workout, index) => (
              <WorkoutRow key={workout.name} workout={workout} index={index} />
            ))}
          </Sequence>
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
