import { Fragment } from 'react';
import type { TimelineLabel } from '../layout/timeline-layout-types';
import { timelineMetrics } from '../layout/timeline-metrics';
import { labelPlacement } from '../layout/mark-origin';

/**
 * A mark's label as the layout placed it, drawn relative to the mark's origin: one `<text>`, with a
 * `<tspan>` a line when it has more than one.
 */
export function TimelineMarkLabel({
  label,
  origin,
}: {
  label: TimelineLabel;
  origin: { x: number; y: number };
}) {
  const { lines } = label;
  const [x = 0, y = 0, ...leader] = labelPlacement(label, origin);
  const first = timelineMetrics.lineHeight - 4;
  const [only] = lines;
  return (
    <>
      {leader.length === 4 && (
        <line
          className="timeline-leader"
          x1={leader[0]}
          y1={leader[1]}
          x2={leader[2]}
          y2={leader[3]}
          aria-hidden="true"
        />
      )}
      {lines.length === 1 && only ? (
        <text
          className={`timeline-label ${lineClass(only)}`}
          x={x}
          y={y + first}
          fontSize={only.size}
        >
          {only.text}
        </text>
      ) : (
        // The text's own size, the first line's, sets the box browsers report for it: without it
        // the page's 16 px would make the box stand above the first line, over a label above it.
        <text className="timeline-label" x={x} y={y} fontSize={only?.size}>
          {lines.map((line, index) => (
            <Fragment key={index}>
              {/* The space between two words goes between their lines, not inside one: accessibility
                  checkers read each line's own text trimmed, as axe's label-in-name rule does. */}
              {lines[index - 1]?.spaceAfter && ' '}
              <tspan
                x={x}
                dy={index === 0 ? first : timelineMetrics.lineHeight}
                className={lineClass(line)}
                fontSize={line.size}
              >
                {line.text}
              </tspan>
            </Fragment>
          ))}
        </text>
      )}
    </>
  );
}

function lineClass(line: TimelineLabel['lines'][number]) {
  return line.bold ? 'timeline-label__name' : 'timeline-label__detail';
}
