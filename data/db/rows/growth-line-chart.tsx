```tsx
const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, Easing } = window.Remotion;

const monthlyUsers = [12, 18, 17, 26, 31, 29, 40, 47, 55, 63, 72, 88];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export default function GrowthLineChart() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const padding = Math.min(width, height) * 0.12;
  const plotWidth = width - padding * 2;
  const plotHeight = height * 0.55;
  const top = height * 0.28;
  const peak = Math.max(...monthlyUsers);

  const points = monthlyUsers.map((value, index) => ({
    x: padding + (index / (monthlyUsers.length - 1)) * plotWidth,
    y: top + plotHeight - (value / peak) * plotHeight,
  }));
  const linePath = points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x} ${point.y}`).join(' ');
  const areaPath = `${linePath} L ${points[points.length - 1].x} ${top + plotHeight} L ${points[0].x} ${top + plotHeight} Z`;

  const draw = interpolate(frame, [15, 120], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.quad),
  });
  const pathLength = plotWidth * 1.6;
  const headIndex = Math.min(points.length - 1, Math.floor(draw * (points.length - 1)));
  const head = points[headIndex];
  const headerOpacity = interpolate(frame, [0, 15], [0, 1], { extrapolateRight: 'clamp' });
  const areaOpacity = interpolate(frame, [100, 140], [0, 0.35], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });

  return (
    <AbsoluteFill style={{ backgroundColor: '#06121f', fontFamily: 'system-ui, sans-serif', color: '#e6f1ff' }}>
      <div style={{ position: 'absolute', left: padding, top: height * 0.08, opacity: headerOpacity }}>
        <div style={{ fontSize: height * 0.03, color: '#5eead4', letterSpacing: 3 }}>MONTHLY ACTIVE USERS</div>
        <div style={{ fontSize: height * 0.07, fontWeight: 800 }}>
          {Math.round(monthlyUsers[headIndex] * 1000).toLocaleString('en-US')}
        </div>
      </div>
      <svg width={width} height={height} style={{ position: 'absolute', inset: 0 }}>
        <defs>
          <linearGradient id="growth-area" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor="#2dd4bf" />
            <stop offset="100%" stopColor="#2dd4bf" stopOpacity={0} />
          </linearGradient>
        </defs>
        {[0, 0.25, 0.5, 0.75, 1].map((step) => (
          <line
            key={step}
            x1={padding}
            x2={width - padding}
            y1={top + plotHeight * step}
            y2={top + plotHeight * step}
            stroke="#1e3a5f"
            strokeDasharray="6 10"
          />
        ))}
        <path d={areaPath} fill="url(#growth-area)" opacity={areaOpacity} />
        <path
          d={linePath}
          fill="none"
          stroke="#2dd4bf"
          strokeWidth={Math.max(4, height * 0.006)}
          strokeLinejoin="round"
          strokeDasharray={pathLength}
          strokeDashoffset={pathLength * (1 - draw)}
        />
        <circle cx={head.x} cy={head.y} r={height * 0.014} fill="#ffffff" stroke="#2dd4bf" strokeWidth={4} />
        {months.map((month, index) => (
          <text
            key={month}
            x={points[index].x}
            y={top + plotHeight + height * 0.05}
            fill="#7c93b3"
            fontSize={height * 0.022}
            textAnchor="middle"
          >
            {month}
          </text>
        ))}
      </svg>
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
```
