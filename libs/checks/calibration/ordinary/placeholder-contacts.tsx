const { AbsoluteFill, Img, useCurrentFrame } = window.Remotion;

const form = {
  emailPlaceholder: 'you@example.com',
  supportEmail: 'support@example.org',
  phonePlaceholder: '+1 555 0100',
  logo: 'https://images.unsplash.com/photo-1500530855697-b586d89ba3ee?w=800',
  retinaLogo: 'brand/logo@2x.png',
};

export default function PlaceholderContacts() {
  const frame = useCurrentFrame();
  const typed = form.emailPlaceholder.slice(0, Math.floor(frame / 3));
  return (
    <AbsoluteFill style={{ backgroundColor: '#fff7ed', padding: 100, gap: 20, fontFamily: 'Inter, sans-serif' }}>
      <Img src={form.logo} style={{ width: 200, height: 120, objectFit: 'cover', borderRadius: 16 }} />
      <div style={{ fontSize: 32 }}>{typed || 'Your e-mail address'}</div>
      <div style={{ fontSize: 24, color: '#9a3412' }}>
        Questions? Write to {form.supportEmail} or call {form.phonePlaceholder}.
      </div>
      <div style={{ fontSize: 16, color: '#c2410c' }}>{form.retinaLogo}</div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 90;
