const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const script_qz81hw3d = {
  name: 'Dr. Amara Okafor',
  title: 'Climate scientist, University of Nairobi',
  channel: 'LIVE',
  ticker: 'Global sea-surface temperatures hit a new September record · Markets steady ahead of rate decision · ',
};

const durationInFrames_5e0c9d14 = 150;

function Scene_x9y8z7w6() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const barIn = spring({ frame: frame - 10, fps, config: { damping: 20, stiffness: 120 } });
  const nameIn = interpolate(frame, [20, 34], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const titleIn = interpolate(frame, [28, 42], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const exit = interpolate(frame, [durationInFrames_5e0c9d14 - 20, durationInFrames_5e0c9d14 - 5], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  const tickerX = width - ((frame * 6) % (width * 2.5));
  const barHeight = height * 0.13;
  const dot = Math.floor(frame / 15) % 2 === 0 ? 1 : 0.3;
  return React.createElement(
    AbsoluteFill,
    { style: { fontFamily: 'Roboto Condensed, Arial Narrow, sans-serif' } },
    React.createElement(
      'div',
      {
        style: {
          position: 'absolute',
          left: width * 0.06,
          bottom: height * 0.16,
          display: 'flex',
          alignItems: 'stretch',
          height: barHeight,
          transform: `translateX(${(1 - barIn + exit) * -width * 0.7}px)`,
        },
      },
      React.createElement(
        'div',
        {
          style: {
            width: barHeight * 0.9,
            backgroundColor: '#dc2626',
            color: '#ffffff',
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            fontWeight: 800,
            fontSize: barHeight * 0.2,
          },
        },
        React.createElement('div', { style: { width: barHeight * 0.12, height: barHeight * 0.12, borderRadius: '50%', backgroundColor: '#ffffff', opacity: dot, marginBottom: 6 } }),
        script_qz81hw3d.channel
      ),
      React.createElement(
        'div',
        { style: { backgroundColor: '#ffffff', padding: `0 ${barHeight * 0.3}px`, display: 'flex', flexDirection: 'column', justifyContent: 'center', minWidth: width * 0.38 } },
        React.createElement('div', { style: { fontSize: barHeight * 0.34, fontWeight: 700, color: '#111827', opacity: nameIn } }, script_qz81hw3d.name),
        React.createElement('div', { style: { fontSize: barHeight * 0.2, color: '#4b5563', opacity: titleIn, textTransform: 'uppercase', letterSpacing: 1 } }, script_qz81hw3d.title)
      )
    ),
    React.createElement(
      'div',
      {
        style: {
          position: 'absolute',
          left: 0,
          right: 0,
          bottom: 0,
          height: height * 0.07,
          backgroundColor: '#111827',
          overflow: 'hidden',
          opacity: barIn,
        },
      },
      React.createElement(
        'div',
        {
          style: {
            position: 'absolute',
            left: tickerX,
            top: 0,
            bottom: 0,
            display: 'flex',
            alignItems: 'center',
            whiteSpace: 'nowrap',
            color: '#f9fafb',
            fontSize: height * 0.032,
          },
        },
        script_qz81hw3d.ticker.repeat(2)
      )
    )
  );
}

return Scene_x9y8z7w6;
