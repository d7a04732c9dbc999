const { Easing } = window.Remotion;

export const brandColors = {
  ink: '#0b1021',
  paper: '#f7f5f0',
  primary: '#3d5afe',
  secondary: '#ff6d00',
  success: '#00c853',
};

export const typeScale = {
  display: 96,
  headline: 64,
  title: 40,
  body: 28,
  caption: 20,
};

export const motion = {
  enter: Easing.bezier(0.16, 1, 0.3, 1),
  exit: Easing.bezier(0.7, 0, 0.84, 0),
  standard: Easing.inOut(Easing.cubic),
};

export const timings = {
  beat: 15,
  stagger: 6,
  hold: 45,
  transition: 20,
};

export const springPresets = {
  gentle: { damping: 20, stiffness: 90 },
  snappy: { damping: 12, stiffness: 200 },
  bouncy: { damping: 8, stiffness: 150 },
};

export const layout = {
  safeMargin: 0.06,
  gutter: 0.03,
  cornerRadius: 24,
};

export const durationInFrames = timings.beat * 6;
