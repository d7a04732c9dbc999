const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const order = {
  number: 'ORD-2024-000123',
  invoice: 'INV-2025-0412',
  tracking: '1Z 999 AA1 01 2345 6784',
  reference: 'REF 2024 0412 7781',
};

const items = [
  { sku: 'BK-978-0-13-468599-1', isbn: '978-0-13-468599-1', name: 'The Pragmatic Programmer', price: '$49.99' },
  { sku: 'MUG-CER-11OZ-BLK', isbn: null, name: 'Ceramic mug, 11 oz', price: '$18.00' },
];

export default function OrderNumbers() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const paper = spring({ frame, fps, config: { damping: 20 } });
  return (
    <AbsoluteFill style={{ backgroundColor: '#e7e5e4', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, sans-serif' }}>
      <div style={{ width: 900, padding: 48, borderRadius: 24, backgroundColor: '#ffffff', transform: `translateY(${(1 - paper) * 400}px)` }}>
        <div style={{ fontSize: 40, fontWeight: 800 }}>Order {order.number}</div>
        <div style={{ fontSize: 20, color: '#78716c' }}>
          Invoice {order.invoice} · tracking {order.tracking} · {order.reference}
        </div>
        {items.map((item) => (
          <div key={item.sku} style={{ display: 'flex', justifyContent: 'space-between', fontSize: 24, padding: '12px 0' }}>
            <span>
              {item.name} {item.isbn ? `(ISBN ${item.isbn})` : ''}
            </span>
            <span>{item.price}</span>
          </div>
        ))}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
