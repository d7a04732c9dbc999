const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

function NeonLogoReveal() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const size = Math.min(width, height);
  const ringScale = spring({ frame, fps, config: { damping: 12, stiffness: 90 } });
  const ringRotation = interpolate(frame, [0, 60], [-180, 0], { extrapolateRight: 'clamp' });
  const flicker = frame > 30 && frame < 44 ? (frame % 4 < 2 ? 0.35 : 1) : 1;
  const wordOpacity = interpolate(frame, [30, 44], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' }) * flicker;
  const taglineY = interpolate(frame, [55, 75], [20, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const taglineOpacity = interpolate(frame, [55, 75], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const glow = 20 + Math.sin(frame / 6) * 8;
  return React.createElement(
    AbsoluteFill,
    {
      style: {
        backgroundColor: '#05010d',
        alignItems: 'center',
        justifyContent: 'center',
        fontFamily: 'Futura, Avenir Next, sans-serif',
      },
    },
    React.createElement(
      'div',
      {
        style: {
          width: size * 0.28,
          height: size * 0.28,
          borderRadius: '50%',
          border: `${size * 0.012}px solid #22d3ee`,
          boxShadow: `0 0 ${glow}px #22d3ee, inset 0 0 ${glow}px #22d3ee`,
          transform: `scale(${ringScale}) rotate(${ringRotation}deg)`,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        },
      },
      React.createElement(
        'div',
        {
          style: {
            fontSize: size * 0.12,
            fontWeight: 800,
            color: '#f0abfc',
            textShadow: `0 0 ${glow}px #e879f9`,
          },
        },
        'V'
      )
    ),
    React.createElement(
      'div',
      {
        style: {
          marginTop: size * 0.05,
          fontSize: size * 0.09,
          letterSpacing: size * 0.02,
          color: '#ecfeff',
          opacity: wordOpacity,
          textShadow: `0 0 ${glow}px #22d3ee`,
        },
      },
      'VOLTRA'
    ),
    React.createElement(
      'div',
      {
        style: {
          marginTop: size * 0.02,
          fontSize: size * 0.03,
          letterSpacing: size * 0.008,
          color: '#a5b4fc',
          opacity: taglineOpacity,
          transform: `translateY(${taglineY}px)`,
        },
      },
      'ELECTRIC MOBILITY'
    )
  );
}

export default NeonLogoReveal;
export const durationInFrames = 120;
