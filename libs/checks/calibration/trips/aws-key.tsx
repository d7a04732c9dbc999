const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

const uploadConfig = {
  region: 'eu-west-1',
  bucket: 'bazaar-client-renders',
  accessKeyId: 'AKIAYNJ5LVFF6UZCRA3N',
  secretAccessKey: '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',
};

const files = ['launch-teaser-4k.mp4', 'launch-teaser-1080p.mp4', 'thumbnail.png'];

export default function AwsKey() {
  const frame = useCurrentFrame();
  const progress = interpolate(frame, [0, 90], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: '#f1f5f9', padding: 100, gap: 20, fontFamily: 'Inter, sans-serif' }}>
      <div style={{ fontSize: 48, fontWeight: 800 }}>Uploading to s3://{uploadConfig.bucket}</div>
      {files.map((file) => (
        <div key={file} style={{ fontSize: 24 }}>
          {file} · {Math.round(progress * 100)}% · {uploadConfig.region}
        </div>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
