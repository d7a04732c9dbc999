const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const plans = [
  { name: 'Starter', price: '$0', cadence: 'free forever', seats: '3 seats' },
  { name: 'Team', price: '$480', cadence: 'per year', seats: '15 seats' },
  { name: 'Business', price: '$1,200', cadence: 'per year', seats: '50 seats' },
  { name: 'Enterprise', price: '$12,500.00', cadence: 'per year, billed annually', seats: 'Unlimited seats' },
];

export default function PricingTable() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: '#f8fafc', flexDirection: 'row', alignItems: 'center', justifyContent: 'center', gap: 30, fontFamily: 'Inter, sans-serif' }}>
      {plans.map((plan, index) => {
        const rise = spring({ frame: frame - index * 8, fps, config: { damping: 15 } });
        return (
          <div key={plan.name} style={{ width: 380, padding: 36, borderRadius: 24, backgroundColor: '#ffffff', transform: `translateY(${(1 - rise) * 100}px)` }}>
            <div style={{ fontSize: 30, fontWeight: 700 }}>{plan.name}</div>
            <div style={{ fontSize: 64, fontWeight: 800 }}>{plan.price}</div>
            <div style={{ fontSize: 20, color: '#64748b' }}>
              {plan.cadence} · {plan.seats}
            </div>
          </div>
        );
      })}
    </AbsoluteFill>
  );
}

export const durationInFrames = 120;
