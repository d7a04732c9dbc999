const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const plans = [
  { name: 'Starter', price: 9, features: ['3 projects', '10 GB storage', 'Community support'], highlight: false },
  { name: 'Pro', price: 29, features: ['Unlimited projects', '200 GB storage', 'Priority support', 'Custom domains'], highlight: true },
  { name: 'Team', price: 79, features: ['Everything in Pro', 'SSO & audit log', 'Dedicated manager'], highlight: false },
];

function PlanCard({ plan, index }) {
  const frame = useCurrentFrame();
  const { fps, width } = useVideoConfig();
  const rise = spring({ frame: frame - 15 - index * 10, fps, config: { damping: 15 } });
  const cardWidth = width * 0.24;
  const lift = plan.highlight ? interpolate(frame, [70, 90], [0, -30], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' }) : 0;

  return (
    <div
      style={{
        width: cardWidth,
        padding: cardWidth * 0.1,
        borderRadius: 28,
        background: plan.highlight ? 'linear-gradient(180deg, #4f46e5, #312e81)' : '#ffffff',
        color: plan.highlight ? '#ffffff' : '#1e293b',
        boxShadow: plan.highlight ? '0 30px 80px rgba(79, 70, 229, 0.45)' : '0 20px 50px rgba(15, 23, 42, 0.12)',
        opacity: rise,
        transform: `translateY(${(1 - rise) * 120 + lift}px)`,
        display: 'flex',
        flexDirection: 'column',
        gap: 18,
      }}
    >
      {plan.highlight ? (
        <div
          style={{
            alignSelf: 'flex-start',
            padding: '6px 16px',
            borderRadius: 999,
            backgroundColor: '#facc15',
            color: '#422006',
            fontSize: 18,
            fontWeight: 700,
          }}
        >
          MOST POPULAR
        </div>
      ) : null}
      <div style={{ fontSize: 34, fontWeight: 700 }}>{plan.name}</div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 6 }}>
        <span style={{ fontSize: 72, fontWeight: 800 }}>${plan.price}</span>
        <span style={{ fontSize: 22, opacity: 0.7 }}>/ month</span>
      </div>
      <div style={{ height: 1, backgroundColor: plan.highlight ? 'rgba(255,255,255,0.25)' : '#e2e8f0' }} />
      {plan.features.map((feature, featureIndex) => {
        const tick = interpolate(frame - 40 - index * 10 - featureIndex * 6, [0, 10], [0, 1], {
          extrapolateLeft: 'clamp',
          extrapolateRight: 'clamp',
        });
        return (
          <div key={feature} style={{ display: 'flex', alignItems: 'center', gap: 12, fontSize: 22, opacity: tick }}>
            <span style={{ color: plan.highlight ? '#a5f3fc' : '#4f46e5', fontWeight: 800 }}>✓</span>
            {feature}
          </div>
        );
      })}
    </div>
  );
}

export default function PricingTiers() {
  const frame = useCurrentFrame();
  const { height } = useVideoConfig();
  const headline = interpolate(frame, [0, 18], [0, 1], { extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill
      style={{
        backgroundColor: '#f1f5f9',
        fontFamily: 'Inter, system-ui, sans-serif',
        alignItems: 'center',
        justifyContent: 'center',
        gap: height * 0.06,
      }}
    >
      <div style={{ textAlign: 'center', opacity: headline }}>
        <div style={{ fontSize: 56, fontWeight: 800, color: '#0f172a' }}>Simple, transparent pricing</div>
        <div style={{ fontSize: 26, color: '#64748b', marginTop: 10 }}>Start free for 14 days. Cancel anytime.</div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 36 }}>
        {plans.map((plan, index) => (
          <PlanCard key={plan.name} plan={plan} index={index} />
        ))}
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
