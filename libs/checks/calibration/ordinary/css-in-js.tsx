const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const styles = {
  page: {
    backgroundColor: '#fdfcf8',
    fontFamily: 'Inter, sans-serif',
    padding: 90,
  },
  display: {
    fontFamily: "'Playfair Display', Georgia, 'Times New Roman', serif",
    fontSize: 168,
    fontWeight: 700,
    letterSpacing: '-0.02em',
  },
  mono: {
    fontFamily: 'IBM Plex Mono, ui-monospace, monospace',
    fontSize: 20,
    textTransform: 'uppercase',
  },
  card: {
    boxShadow: '0 30px 80px rgba(28, 25, 23, 0.18)',
    transition: 'transform 200ms ease-in-out, opacity 200ms ease-in-out',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    background: 'linear-gradient(160deg, #0f172a 0%, #1e1b4b 100%)',
  },
};

export default function CssInJs() {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ ...styles.page, opacity }}>
      <div style={styles.mono}>Type specimen</div>
      <div style={styles.display}>Playfair</div>
      <div style={{ ...styles.card, height: 200, borderRadius: 24 }} />
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
