import React from 'react';
import { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate, spring } from 'remotion';

const screens = [
  { title: 'Inbox', rows: ['Design review', 'Sprint planning', 'Weekly digest', 'Invoice #2291'], accent: '#2563eb' },
  { title: 'Insights', rows: ['Reply time 1.2h', 'Focus time 5.4h', 'Meetings 9', 'Threads closed 42'], accent: '#db2777' },
];

const Phone: React.FC<{ screen: (typeof screens)[number]; tilt: number; delay: number }> = ({ screen, tilt, delay }) => {
  const frame = useCurrentFrame();
  const { fps, height } = useVideoConfig();
  const phoneHeight = height * 0.78;
  const phoneWidth = phoneHeight * 0.48;
  const rise = spring({ frame: frame - delay, fps, config: { damping: 15, stiffness: 90 } });

  return (
    <div
      style={{
        width: phoneWidth,
        height: phoneHeight,
        borderRadius: phoneWidth * 0.15,
        padding: phoneWidth * 0.045,
        backgroundColor: '#111827',
        boxShadow: '0 50px 100px rgba(17, 24, 39, 0.35)',
        transform: `translateY(${(1 - rise) * height}px) rotate(${tilt * rise}deg)`,
      }}
    >
      <div style={{ height: '100%', borderRadius: phoneWidth * 0.11, backgroundColor: '#f9fafb', padding: phoneWidth * 0.08, overflow: 'hidden' }}>
        <div style={{ fontSize: phoneWidth * 0.11, fontWeight: 800, color: '#111827' }}>{screen.title}</div>
        <div style={{ height: phoneWidth * 0.02, width: '30%', backgroundColor: screen.accent, borderRadius: 4, margin: `${phoneWidth * 0.04}px 0` }} />
        {screen.rows.map((row, index) => {
          const rowIn = interpolate(frame - delay - 20 - index * 6, [0, 12], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
          return (
            <div
              key={row}
              style={{
                marginTop: phoneWidth * 0.04,
                padding: phoneWidth * 0.05,
                borderRadius: phoneWidth * 0.05,
                backgroundColor: '#ffffff',
                boxShadow: '0 4px 12px rgba(0, 0, 0, 0.06)',
                fontSize: phoneWidth * 0.06,
                color: '#374151',
                opacity: rowIn,
                transform: `translateY(${(1 - rowIn) * 20}px)`,
              }}
            >
              {row}
            </div>
          );
        })}
      </div>
    </div>
  );
};

export const DualPhoneShowcase: React.FC = () => {
  const frame = useCurrentFrame();
  const { width } = useVideoConfig();
  const headline = interpolate(frame, [60, 80], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ background: 'linear-gradient(135deg, #eff6ff 0%, #fce7f3 100%)', fontFamily: 'Inter, system-ui, sans-serif', flexDirection: 'row', alignItems: 'center', justifyContent: 'center', gap: width * 0.04 }}>
      <Phone screen={screens[0]} tilt={-6} delay={0} />
      <Phone screen={screens[1]} tilt={6} delay={12} />
      <Sequence from={60} layout="none">
        <div style={{ position: 'absolute', bottom: 60, width: '100%', textAlign: 'center', fontSize: width * 0.03, fontWeight: 800, color: '#111827', opacity: headline }}>
          Your inbox, finally under control.
        </div>
      </Sequence>
    </AbsoluteFill>
  );
};

export default DualPhoneShowcase;

export const templateConfig = {
  id: 'dual-phone-showcase',
  name: 'Dual Phone Showcase',
  duration: 150,
  previewFrame: 90,
};
