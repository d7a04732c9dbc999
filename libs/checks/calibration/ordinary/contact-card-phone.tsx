const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const contact = {
  company: 'Northwind Studio',
  phone: '(415) 555-2671',
  website: 'northwindstudio.com',
  address: '1 Market Street, Suite 300, San Francisco, CA 94105',
  hours: 'Mon–Fri · 9:00 AM – 6:00 PM PT',
};

export default function ContactCardPhone() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const card = spring({ frame, fps, config: { damping: 20 } });
  const rows = [contact.phone, contact.website, contact.address, contact.hours];
  return (
    <AbsoluteFill style={{ backgroundColor: '#f5f5f4', alignItems: 'center', justifyContent: 'center', fontFamily: 'DM Sans, Inter, sans-serif' }}>
      <div style={{ width: 900, padding: 56, borderRadius: 32, backgroundColor: '#fffbf5', transform: `translateY(${(1 - card) * 80}px)` }}>
        <div style={{ fontSize: 54, fontWeight: 800, color: '#1c1917' }}>{contact.company}</div>
        {rows.map((row) => (
          <div key={row} style={{ fontSize: 30, color: '#44403c', padding: '14px 0', borderBottom: '1px solid #e7e5e4' }}>
            {row}
          </div>
        ))}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
