const { AbsoluteFill, useCurrentFrame } = window.Remotion;

const sizes = { w: 1920, h: 1080, s: 1080 };

const preset = '1920 1080 1080';

const viewBox = '0 0 1920 1080';

const presets = ['1280 720 720', '1920 1080 1080', '3840 2160 2160'];

export default function ResolutionString() {
  const frame = useCurrentFrame();
  const [w, h, s] = preset.split(' ').map(Number);
  const active = presets[Math.floor(frame / 30) % presets.length];
  return (
    <AbsoluteFill style={{ backgroundColor: '#09090b', color: '#fafafa', fontFamily: 'Inter, sans-serif', alignItems: 'center', justifyContent: 'center' }}>
      <svg viewBox={viewBox} width={sizes.w / 4} height={sizes.h / 4}>
        <rect x="0" y="0" width={w} height={h} fill="#27272a" />
        <rect x={(w - s) / 2} y="0" width={s} height={s} fill="none" stroke="#8b5cf6" strokeWidth={8} />
      </svg>
      <div style={{ fontSize: 32 }}>
        preset {preset} · active {active}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
