import { memo, type MouseEvent } from 'react';
import type { TimelineMark as Mark } from '../layout/timeline-layout-types';
import { labelPlacement, markOrigin } from '../layout/mark-origin';
import { roundPx } from '../layout/round-px';
import type { TimelineItem } from '../layout/timeline-item';
import { nodeHitRadius, timelineMetrics as m } from '../layout/timeline-metrics';
import { TimelineMarkLabel } from './timeline-mark-label';

/** How a mark stands under a technology filter: it uses the technology, it does not, or no filter. */
export type MarkEmphasis = 'match' | 'dim' | null;

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
  emphasis: MarkEmphasis;
  /** A plain click on an in-site link: the canvas routes it. */
  onOpen: (event: MouseEvent<Element>, item: TimelineItem) => void;
  onPreview: (id: string | null) => void;
  onFocusChange: (id: string | null) => void;
}

/**
 * One band, block or node, moved to its origin (a corner, a node's centre) with one transform and
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

/** The link: its shape, its label, the transparent areas that make both easy to hit, its focus ring. */
const MarkLink = memo(function MarkLink({
  item,
  mark,
  href,
  highlighted,
  focused,
  emphasis,
  onOpen,
  onPreview,
  onFocusChange,
}: TimelineMarkProps) {
  const className = [
    'timeline-mark',
    `timeline-mark--${item.kind}`,
    highlighted ? 'is-highlighted' : '',
    emphasis === 'match' ? 'is-match' : emphasis === 'dim' ? 'is-dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const ringed = focused || highlighted;
  const origin = mark && markOrigin(mark);
  const content = mark && origin && (
    <>
      {mark.shape === 'node' ? (
        <>
          <circle className="timeline-mark__hit" r={nodeHitRadius} />
          {ringed && (
            <circle className="timeline-mark__focus" r={m.nodeRadius + m.nodeRingOffset} />
          )}
          <circle className="timeline-mark__node" r={m.nodeRadius} />
        </>
      ) : (
        <>
          {ringed && (
            <rect
              className="timeline-mark__focus"
              x={-m.ringOffset}
              y={-m.ringOffset}
              width={roundPx(mark.rect.width) + 2 * m.ringOffset}
              height={roundPx(mark.rect.height) + 2 * m.ringOffset}
              rx={m.bandRadius + m.ringOffset}
            />
          )}
          <rect
            className={mark.shape === 'band' ? 'timeline-mark__band' : 'timeline-mark__block'}
            width={roundPx(mark.rect.width)}
            height={roundPx(mark.rect.height)}
            rx={m.bandRadius}
          />
        </>
      )}
      {mark.label && !labelInsideShape(mark) && <LabelHitArea mark={mark} origin={origin} />}
      {mark.label && <TimelineMarkLabel label={mark.label} origin={origin} />}
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

/** A transparent box behind a label, so that a click between its letters still lands on its link. */
function LabelHitArea({ mark, origin }: { mark: Mark; origin: { x: number; y: number } }) {
  const [x = 0, y = 0] = labelPlacement(mark.label!, origin);
  return (
    <rect
      className="timeline-mark__hit"
      x={x}
      y={y}
      width={roundPx(mark.label!.box.width)}
      height={roundPx(mark.label!.box.height)}
    />
  );
}

/** Whether a band's or block's label lies inside its rectangle, which already takes the pointer. */
function labelInsideShape(mark: Mark): boolean {
  if (mark.shape === 'node' || !mark.label) return false;
  const { box } = mark.label;
  const { rect } = mark;
  return (
    box.x >= rect.x &&
    box.y >= rect.y &&
    box.x + box.width <= rect.x + rect.width &&
    box.y + box.height <= rect.y + rect.height
  );
}

/** Whether two renders of a link would draw the same: equal props, the same shape and label. */
function sameDrawing(a: TimelineMarkProps, b: TimelineMarkProps): boolean {
  return (
    a.item === b.item &&
    a.href === b.href &&
    a.highlighted === b.highlighted &&
    a.focused === b.focused &&
    a.emphasis === b.emphasis &&
    a.onOpen === b.onOpen &&
    a.onPreview === b.onPreview &&
    a.onFocusChange === b.onFocusChange &&
    (a.mark === b.mark || (a.mark !== null && b.mark !== null && sameShape(a.mark, b.mark)))
  );
}

/** Whether two placements of a mark look the same relative to their origins. */
function sameShape(a: Mark, b: Mark): boolean {
  if (a.shape !== b.shape) return false;
  if (
    a.shape !== 'node' &&
    b.shape !== 'node' &&
    (roundPx(a.rect.width) !== roundPx(b.rect.width) || a.rect.height !== b.rect.height)
  )
    return false;
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
