import React from 'react';
import { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, Easing } from 'remotion';

const WORDS = ['Plan', 'Build', 'Launch', 'Grow'];
const WORD_FRAMES = 30;

const WordSlide: React.FC = () => {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const index = Math.min(WORDS.length - 1, Math.floor(frame / WORD_FRAMES));
  const local = frame - index * WORD_FRAMES;
  const enter = interpolate(local, [0, 10], [1, 0], {
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const leave = index < WORDS.length - 1
    ? interpolate(local, [WORD_FRAMES - 8, WORD_FRAMES], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' })
    : 0;

  return (
    <AbsoluteFill style={{ backgroundColor: '#ffffff', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: size * 0.03, fontFamily: 'Inter, sans-serif' }}>
        <span style={{ fontSize: size * 0.08, fontWeight: 500, color: '#a3a3a3' }}>We help you</span>
        <span style={{ position: 'relative', display: 'inline-block', overflow: 'hidden', height: size * 0.12, minWidth: size * 0.4 }}>
          <span
            style={{
              display: 'inline-block',
              fontSize: size * 0.1,
              fontWeight: 800,
              color: '#171717',
              transform: `translateY(${(enter - leave) * 100}%)`,
            }}
          >
            {WORDS[index]}.
          </span>
        </span>
      </div>
    </AbsoluteFill>
  );
};

export default WordSlide;

export const templateConfig = {
  id: 'word-slide',
  name: 'Word Slide',
  duration: 120,
  previewFrame: 45,
  getCode: () => `const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, Easing } = window.Remotion;

const WORDS = ['Plan', 'Build', 'Launch', 'Grow'];
const WORD_FRAMES = 30;

export default function WordSlide() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const index = Math.min(WORDS.length - 1, Math.floor(frame / WORD_FRAMES));
  const local = frame - index * WORD_FRAMES;
  const enter = interpolate(local, [0, 10], [1, 0], {
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const leave = index < WORDS.length - 1
    ? interpolate(local, [WORD_FRAMES - 8, WORD_FRAMES], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' })
    : 0;

  return (
    <AbsoluteFill style={{ backgroundColor: '#ffffff', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: size * 0.03, fontFamily: 'Inter, sans-serif' }}>
        <span style={{ fontSize: size * 0.08, fontWeight: 500, color: '#a3a3a3' }}>We help you</span>
        <span style={{ position: 'relative', display: 'inline-block', overflow: 'hidden', height: size * 0.12, minWidth: size * 0.4 }}>
          <span
            style={{
              display: 'inline-block',
              fontSize: size * 0.1,
              fontWeight: 800,
              color: '#171717',
              transform: \`translateY(\${(enter - leave) * 100}%)\`,
            }}
          >
            {WORDS[index]}.
          </span>
        </span>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
`,
};
