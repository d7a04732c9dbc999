const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const post = {
  handle: '@studio.kiln',
  name: 'Kiln Ceramics',
  caption: 'Fresh out of the kiln: the Dusk collection drops Friday. Which glaze is your favourite?',
  likes: 12840,
  comments: 431,
};

const hearts = [0.2, 0.35, 0.5, 0.65, 0.8];

export default function SocialPostLikes() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const cardWidth = Math.min(width * 0.86, height * 0.62);
  const unit = cardWidth / 900;
  const cardIn = spring({ frame, fps, config: { damping: 15 } });
  const tap = spring({ frame: frame - 45, fps, config: { damping: 7, stiffness: 200 } });
  const liked = frame >= 45;
  const likeCount = Math.round(
    interpolate(frame, [45, 120], [post.likes, post.likes + 2300], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' })
  );

  return (
    <AbsoluteFill style={{ backgroundColor: '#fdf2f8', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, Helvetica, sans-serif' }}>
      <div
        style={{
          width: cardWidth,
          borderRadius: 40 * unit,
          backgroundColor: '#ffffff',
          overflow: 'hidden',
          boxShadow: '0 40px 90px rgba(190, 24, 93, 0.18)',
          transform: `translateY(${(1 - cardIn) * 200}px)`,
          opacity: cardIn,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 24 * unit, padding: 36 * unit }}>
          <div style={{ width: 96 * unit, height: 96 * unit, borderRadius: '50%', background: 'conic-gradient(#f97316, #db2777, #7c3aed, #f97316)' }} />
          <div>
            <div style={{ fontSize: 38 * unit, fontWeight: 700, color: '#111827' }}>{post.name}</div>
            <div style={{ fontSize: 30 * unit, color: '#6b7280' }}>{post.handle}</div>
          </div>
        </div>
        <div style={{ position: 'relative', height: cardWidth * 0.8, background: 'linear-gradient(135deg, #fed7aa 0%, #fb7185 55%, #6d28d9 100%)' }}>
          <div style={{ position: 'absolute', left: '30%', top: '25%', width: '40%', height: '55%', borderRadius: '45% 45% 20% 20%', backgroundColor: 'rgba(255, 247, 237, 0.85)' }} />
          {hearts.map((x, index) => {
            const rise = interpolate(frame - 50 - index * 6, [0, 50], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
            return (
              <div
                key={x}
                style={{
                  position: 'absolute',
                  left: `${x * 100}%`,
                  bottom: `${rise * 90}%`,
                  fontSize: 70 * unit,
                  color: '#ffffff',
                  opacity: rise > 0 && rise < 1 ? 1 - rise : 0,
                }}
              >
                ♥
              </div>
            );
          })}
        </div>
        <div style={{ padding: 36 * unit }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 28 * unit, fontSize: 34 * unit, color: '#111827' }}>
            <span style={{ fontSize: 58 * unit, color: liked ? '#e11d48' : '#9ca3af', transform: `scale(${liked ? 0.7 + tap * 0.3 : 1})`, display: 'inline-block' }}>♥</span>
            <span style={{ fontWeight: 700 }}>{likeCount.toLocaleString('en-US')}</span>
            <span style={{ color: '#6b7280' }}>{post.comments} comments</span>
          </div>
          <div style={{ fontSize: 32 * unit, lineHeight: 1.4, color: '#374151', marginTop: 20 * unit }}>
            <strong>{post.handle}</strong> {post.caption}
          </div>
        </div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
