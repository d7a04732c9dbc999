const { AbsoluteFill, useCurrentFrame, useVideoConfig, interpolate, spring } = window.Remotion;

const MONTH = 'October 2025';
const FIRST_WEEKDAY = 2;
const DAYS_IN_MONTH = 31;
const EVENT_DAY = 16;
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export default function EventCalendar() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const isSquare = Math.abs(width - height) < 10;
  const calendarWidth = isSquare ? width * 0.78 : Math.min(width * 0.46, height * 0.9);
  const cell = calendarWidth / 7;
  const cardIn = spring({ frame, fps, config: { damping: 18 } });
  const highlight = spring({ frame: frame - 60, fps, config: { damping: 9, stiffness: 150 } });
  const detailIn = interpolate(frame, [75, 95], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const cells = Array.from({ length: FIRST_WEEKDAY + DAYS_IN_MONTH }, (_, index) =>
    index < FIRST_WEEKDAY ? null : index - FIRST_WEEKDAY + 1
  );

  return (
    <AbsoluteFill
      style={{
        backgroundColor: '#eef2ff',
        fontFamily: 'Inter, system-ui, sans-serif',
        flexDirection: isSquare ? 'column' : 'row',
        alignItems: 'center',
        justifyContent: 'center',
        gap: cell * 0.8,
      }}
    >
      <div
        style={{
          width: calendarWidth,
          padding: cell * 0.35,
          borderRadius: cell * 0.4,
          backgroundColor: '#ffffff',
          boxShadow: '0 30px 70px rgba(67, 56, 202, 0.15)',
          opacity: cardIn,
          transform: `translateY(${(1 - cardIn) * 60}px)`,
        }}
      >
        <div style={{ fontSize: cell * 0.4, fontWeight: 800, color: '#1e1b4b', marginBottom: cell * 0.25 }}>{MONTH}</div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', rowGap: cell * 0.08 }}>
          {weekdays.map((day) => (
            <div key={day} style={{ textAlign: 'center', fontSize: cell * 0.2, color: '#6366f1', fontWeight: 700 }}>
              {day}
            </div>
          ))}
          {cells.map((day, index) => {
            const appear = interpolate(frame, [10 + index * 0.8, 20 + index * 0.8], [0, 1], {
              extrapolateLeft: 'clamp',
              extrapolateRight: 'clamp',
            });
            const isEvent = day === EVENT_DAY;
            return (
              <div key={index} style={{ height: cell * 0.72, display: 'flex', alignItems: 'center', justifyContent: 'center', opacity: appear }}>
                {day === null ? null : (
                  <div
                    style={{
                      width: cell * 0.62,
                      height: cell * 0.62,
                      borderRadius: '50%',
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      fontSize: cell * 0.26,
                      fontWeight: isEvent ? 800 : 500,
                      color: isEvent && highlight > 0.5 ? '#ffffff' : '#334155',
                      backgroundColor: isEvent ? `rgba(79, 70, 229, ${highlight})` : 'transparent',
                      transform: isEvent ? `scale(${1 + highlight * 0.15})` : 'none',
                    }}
                  >
                    {day}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div style={{ maxWidth: calendarWidth, opacity: detailIn, transform: `translateX(${(1 - detailIn) * 40}px)` }}>
        <div style={{ fontSize: cell * 0.22, letterSpacing: 4, color: '#6366f1', fontWeight: 700 }}>SAVE THE DATE</div>
        <div style={{ fontSize: cell * 0.55, fontWeight: 800, color: '#1e1b4b', lineHeight: 1.1 }}>Design Systems Summit</div>
        <div style={{ fontSize: cell * 0.26, color: '#475569', marginTop: cell * 0.15 }}>Thursday, Oct 16 · 9:00 AM · Rotterdam</div>
      </div>
    </AbsoluteFill>
  );
}

export const durationInFrames = 150;
