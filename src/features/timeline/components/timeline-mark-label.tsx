import { timelineMetrics, type TimelineLabel } from '../layout/layout-timeline';

/** A mark's label as the layout placed it: one `<text>` with a `<tspan>` a line. */
export function TimelineMarkLabel({ label }: { label: TimelineLabel }) {
  const { box, lines, leader } = label;
  return (
    <>
      {leader && <line className="timeline-leader" {...leader} aria-hidden="true" />}
      <text className="timeline-label" x={box.x} y={box.y}>
        {lines.map((line, index) => (
          <tspan
            key={index}
            x={box.x}
            dy={index === 0 ? timelineMetrics.lineHeight - 4 : timelineMetrics.lineHeight}
            className={line.bold ? 'timeline-label__name' : 'timeline-label__detail'}
            fontSize={line.size}
          >
            {line.text}
          </tspan>
        ))}
      </text>
    </>
  );
}
