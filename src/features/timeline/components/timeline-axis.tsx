import { roundPx } from '../layout/box-geometry';
import type { TimelineLayout } from '../layout/timeline-layout-types';

/** Ticks and their labels along the time axis, with light grid lines across the lanes. */
export function TimelineAxis({ layout }: { layout: TimelineLayout }) {
  const horizontal = layout.orientation === 'horizontal';
  return (
    <g className="timeline-axis" aria-hidden="true">
      {layout.ticks.map((tick) =>
        horizontal ? (
          <g key={tick.date.getTime()} transform={`translate(${roundPx(tick.position)},0)`}>
            <line
              className={tick.isYear ? 'grid grid--year' : 'grid'}
              y1={24}
              y2={Math.ceil(layout.height)}
            />
            <text className="timeline-axis__label" x={4} y={16}>
              {tick.label}
            </text>
          </g>
        ) : (
          <g key={tick.date.getTime()} transform={`translate(0,${roundPx(tick.position)})`}>
            <line className={tick.isYear ? 'grid grid--year' : 'grid'} x1={40} x2={layout.width} />
            <text className="timeline-axis__label" x={0} y={4}>
              {tick.label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}
