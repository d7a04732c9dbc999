import { Chart } from 'chart.js';

const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate } = window.Remotion;

const weeklySales = [320, 410, 380, 520, 610, 590, 740];
const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export default function ChartjsSalesDashboard() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const canvasRef = React.useRef(null);
  const progress = interpolate(frame, [0, 90], [0, 1], { extrapolateRight: 'clamp' });

  React.useLayoutEffect(() => {
    if (!canvasRef.current) {
      return undefined;
    }
    const chart = new Chart(canvasRef.current, {
      type: 'line',
      data: {
        labels: days,
        datasets: [
          {
            label: 'Orders',
            data: weeklySales.map((value) => value * progress),
            borderColor: '#0ea5e9',
            backgroundColor: 'rgba(14, 165, 233, 0.2)',
            fill: true,
            tension: 0.35,
          },
        ],
      },
      options: { animation: false, responsive: false, plugins: { legend: { display: false } } },
    });
    return () => chart.destroy();
  }, [progress]);

  return (
    <AbsoluteFill style={{ backgroundColor: '#f8fafc', alignItems: 'center', justifyContent: 'center', fontFamily: 'Inter, sans-serif' }}>
      <div style={{ fontSize: height * 0.05, fontWeight: 800, color: '#0f172a', marginBottom: height * 0.04 }}>Orders this week</div>
      <canvas ref={canvasRef} width={width * 0.7} height={height * 0.6} />
    </AbsoluteFill>
  );
}

export const durationInFrames = 180;
