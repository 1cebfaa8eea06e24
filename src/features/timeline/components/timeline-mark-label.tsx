import { Fragment, memo } from 'react';
import type { TimelineLabel } from '../layout/timeline-layout-types';
import { timelineMetrics } from '../layout/timeline-metrics';
import { roundPx } from '../layout/box-geometry';
import { sameLabelPlacement } from '../layout/same-label-placement';

interface TimelineMarkLabelProps {
  label: TimelineLabel;
  /** The mark's origin: the label is drawn relative to it. */
  originX: number;
  originY: number;
  /** Whether to lay a transparent box behind the label, so that a click between letters lands. */
  hitArea: boolean;
}

/**
 * A mark's label as the layout placed it, drawn relative to the mark's origin: one `<text>`, with a
 * `<tspan>` a line when it has more than one, and its leader if it sits away from the mark. While a
 * zoom keeps it in the same place beside its mark, it is not drawn again.
 */
export const TimelineMarkLabel = memo(function TimelineMarkLabel({
  label,
  originX,
  originY,
  hitArea,
}: TimelineMarkLabelProps) {
  const { lines, box, leader, alignEnd } = label;
  const x = roundPx(box.x - originX);
  const y = roundPx(box.y - originY);
  // Lines start at the box's left edge, or end at its right one.
  const textX = alignEnd ? roundPx(box.x + box.width - originX) : x;
  const textAnchor = alignEnd ? 'end' : undefined;
  const first = timelineMetrics.lineHeight - 4;
  const [only] = lines;
  return (
    <>
      {hitArea && (
        <rect
          className="timeline-mark__hit"
          x={x}
          y={y}
          width={roundPx(box.width)}
          height={roundPx(box.height)}
        />
      )}
      {leader && (
        <line
          className="timeline-leader"
          x1={roundPx(leader.x1 - originX)}
          y1={roundPx(leader.y1 - originY)}
          x2={roundPx(leader.x2 - originX)}
          y2={roundPx(leader.y2 - originY)}
          aria-hidden="true"
        />
      )}
      {lines.length === 1 && only ? (
        <text
          className={`timeline-label ${lineClass(only)}`}
          x={textX}
          y={y + first}
          fontSize={only.size}
          textAnchor={textAnchor}
        >
          {only.text}
        </text>
      ) : (
        // The text's own size, the first line's, sets the box browsers report for it: without it
        // the page's 16 px would make the box stand above the first line, over a label above it.
        <text
          className="timeline-label"
          x={textX}
          y={y}
          fontSize={only?.size}
          textAnchor={textAnchor}
        >
          {lines.map((line, index) => (
            <Fragment key={index}>
              {/* The space between two words goes between their lines, not inside one: accessibility
                  checkers read each line's own text trimmed, as axe's label-in-name rule does. */}
              {lines[index - 1]?.spaceAfter && ' '}
              <tspan
                x={textX}
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
}, samePlacement);

function lineClass(line: TimelineLabel['lines'][number]) {
  return line.bold ? 'timeline-label__name' : 'timeline-label__detail';
}

/** Whether two renders would draw the same label in the same place relative to the mark. */
function samePlacement(a: TimelineMarkLabelProps, b: TimelineMarkLabelProps): boolean {
  return (
    a.hitArea === b.hitArea &&
    sameLabelPlacement(a.label, { x: a.originX, y: a.originY }, b.label, {
      x: b.originX,
      y: b.originY,
    })
  );
}
