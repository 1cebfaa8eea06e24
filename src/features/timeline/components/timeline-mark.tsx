import { memo, type MouseEvent } from 'react';
import { timelineMetrics, type TimelineMark as Mark } from '../layout/layout-timeline';
import { labelPlacement, markOrigin } from '../layout/mark-origin';
import { roundPx } from '../layout/round-px';
import type { TimelineItem } from '../layout/timeline-item';
import { TimelineMarkLabel } from './timeline-mark-label';

interface TimelineMarkProps {
  item: TimelineItem;
  /**
   * Where the layout put the mark; null parks it, for a mark wholly out of view: the same link with
   * nothing drawn, so that its props stay the same from frame to frame and React skips it.
   */
  mark: Mark | null;
  /** The link's href, resolved against the router's basename. */
  href: string | undefined;
  highlighted: boolean;
  /** Has focus: only then (or highlighted) is the focus ring drawn. */
  focused: boolean;
  /** A plain click on an in-site link: the canvas routes it. */
  onOpen: (event: MouseEvent<Element>, item: TimelineItem) => void;
  onPreview: (id: string | null) => void;
  onFocusChange: (id: string | null) => void;
}

const r = timelineMetrics.nodeRadius;

/**
 * One band or node, moved to its origin (a band's corner, a node's centre) with one transform and
 * drawn relative to it, so that a zoom frame that only moves a mark changes one attribute.
 */
export const TimelineMark = memo(function TimelineMark(props: TimelineMarkProps) {
  const { mark } = props;
  const origin = mark && markOrigin(mark);
  return (
    <g transform={origin ? `translate(${roundPx(origin.x)},${roundPx(origin.y)})` : undefined}>
      <MarkLink {...props} />
    </g>
  );
});

/** The link, its shape, its label and, when focused or highlighted, its focus ring. */
const MarkLink = memo(function MarkLink({
  item,
  mark,
  href,
  highlighted,
  focused,
  onOpen,
  onPreview,
  onFocusChange,
}: TimelineMarkProps) {
  const className = `timeline-mark timeline-mark--${item.kind}${highlighted ? ' is-highlighted' : ''}${
    item.employerId ? ' timeline-mark--undated' : ''
  }`;
  const ringed = focused || highlighted;
  const content = mark && (
    <>
      {mark.shape === 'band' ? (
        <>
          {ringed && (
            <rect
              className="timeline-mark__focus"
              x={-3}
              y={-3}
              width={roundPx(mark.width) + 6}
              height={mark.height + 6}
              rx={7}
            />
          )}
          <rect
            className="timeline-mark__band"
            width={roundPx(mark.width)}
            height={mark.height}
            rx={4}
          />
        </>
      ) : (
        <>
          {ringed && <circle className="timeline-mark__focus" r={r + 5} />}
          <circle className="timeline-mark__node" r={r} />
        </>
      )}
      {mark.label && <TimelineMarkLabel label={mark.label} origin={markOrigin(mark)} />}
    </>
  );

  if (!href) {
    return (
      <g className={className} aria-hidden="true">
        {content}
      </g>
    );
  }
  return (
    <a
      className={className}
      href={href}
      aria-label={item.accessibleName}
      data-id={item.id}
      rel={item.external ? 'noopener noreferrer' : undefined}
      onClick={item.external ? undefined : (event) => onOpen(event, item)}
      onFocus={() => onFocusChange(item.id)}
      onBlur={() => onFocusChange(null)}
      onMouseEnter={() => onPreview(item.id)}
      onMouseLeave={() => onPreview(null)}
    >
      {content}
    </a>
  );
}, sameDrawing);

/** Whether two renders of a link would draw the same: equal props, the same shape and label. */
function sameDrawing(a: TimelineMarkProps, b: TimelineMarkProps): boolean {
  return (
    a.item === b.item &&
    a.href === b.href &&
    a.highlighted === b.highlighted &&
    a.focused === b.focused &&
    a.onOpen === b.onOpen &&
    a.onPreview === b.onPreview &&
    a.onFocusChange === b.onFocusChange &&
    (a.mark === b.mark || (a.mark !== null && b.mark !== null && sameShape(a.mark, b.mark)))
  );
}

/** Whether two placements of a mark look the same relative to their origins. */
function sameShape(a: Mark, b: Mark): boolean {
  if (a.shape !== b.shape || a.height !== b.height) return false;
  if (a.shape === 'band' && roundPx(a.width) !== roundPx(b.width)) return false;
  if (!a.label || !b.label) return a.label === b.label;
  const placeA = labelPlacement(a.label, markOrigin(a));
  const placeB = labelPlacement(b.label, markOrigin(b));
  return (
    placeA.length === placeB.length &&
    placeA.every((value, index) => value === placeB[index]) &&
    a.label.lines.length === b.label.lines.length &&
    a.label.lines.every((line, index) => {
      const other = b.label!.lines[index]!;
      return line.text === other.text && line.bold === other.bold && line.size === other.size;
    })
  );
}
