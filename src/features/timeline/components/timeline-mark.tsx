import { memo, type MouseEvent } from 'react';
import type { TimelineMark as Mark } from '../layout/timeline-layout-types';
import { markOrigin } from '../layout/box-geometry';
import { roundPx } from '../layout/box-geometry';
import type { TimelineItem } from '../layout/timeline-item';
import { nodeHitRadius, timelineMetrics as m } from '../layout/timeline-metrics';
import { sameLabelPlacement } from '../layout/same-label-placement';
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
  /** `keyboard`: the focus came from the keyboard, so its ring shows (`:focus-visible`). */
  onFocusChange: (id: string | null, keyboard?: boolean) => void;
  /** Where the mark's group (see BandGroup) starts: the mark is placed relative to it. */
  groupOrigin?: { x: number; y: number };
  /** The rectangle fills its group's width, which the group sets. */
  fillsGroup?: boolean;
}

const noGroup = { x: 0, y: 0 };

/**
 * One band, block or node: a link moved to its origin (a corner, a node's centre) with one transform,
 * its shape and label drawn relative to that origin, so that a zoom frame that only moves a mark
 * changes one attribute. The shape and the label are memoized apart, so that one that changes does
 * not draw the other again.
 */
export const TimelineMark = memo(function TimelineMark({
  item,
  mark,
  href,
  highlighted,
  focused,
  emphasis,
  onOpen,
  onPreview,
  onFocusChange,
  groupOrigin = noGroup,
  fillsGroup = false,
}: TimelineMarkProps) {
  const className = [
    'timeline-mark',
    `timeline-mark--${item.kind}`,
    highlighted ? 'is-highlighted' : '',
    emphasis === 'match' ? 'is-match' : emphasis === 'dim' ? 'is-dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const origin = mark && markOrigin(mark);
  const ringed = focused || highlighted;
  const content = mark && origin && (
    <>
      {mark.shape === 'node' ? (
        <NodeShape ringed={ringed} />
      ) : (
        <RectShape
          className={mark.shape === 'band' ? 'timeline-mark__band' : 'timeline-mark__block'}
          width={fillsGroup ? '100%' : roundPx(mark.rect.width)}
          height={roundPx(mark.rect.height)}
          ringWidth={ringed ? roundPx(mark.rect.width) : null}
        />
      )}
      {mark.label && (
        <TimelineMarkLabel
          label={mark.label}
          originX={origin.x}
          originY={origin.y}
          hitArea={!labelInsideShape(mark)}
        />
      )}
    </>
  );

  return (
    <g
      transform={
        origin
          ? `translate(${roundPx(origin.x - groupOrigin.x)},${roundPx(origin.y - groupOrigin.y)})`
          : undefined
      }
    >
      {href ? (
        <a
          className={className}
          href={href}
          aria-label={item.accessibleName}
          data-id={item.id}
          rel={item.external ? 'noopener noreferrer' : undefined}
          onClick={item.external ? undefined : (event) => onOpen(event, item)}
          onFocus={(event) => onFocusChange(item.id, event.currentTarget.matches(':focus-visible'))}
          onBlur={() => onFocusChange(null)}
          onMouseEnter={() => onPreview(item.id)}
          onMouseLeave={() => onPreview(null)}
        >
          {content}
        </a>
      ) : (
        <g className={className} data-id={item.id} aria-hidden="true">
          {content}
        </g>
      )}
    </g>
  );
}, sameDrawing);

/** A node's dot, the larger transparent circle that makes it easy to hit, and its focus ring. */
const NodeShape = memo(function NodeShape({ ringed }: { ringed: boolean }) {
  return (
    <>
      <circle className="timeline-mark__hit" r={nodeHitRadius} />
      {ringed && <circle className="timeline-mark__focus" r={m.nodeRadius + m.nodeRingOffset} />}
      <circle className="timeline-mark__node" r={m.nodeRadius} />
    </>
  );
});

/**
 * A band's or block's rectangle from its top left corner, and its focus ring when `ringWidth` (the
 * rectangle's width in px) is given.
 */
const RectShape = memo(function RectShape({
  className,
  width,
  height,
  ringWidth,
}: {
  className: string;
  width: number | '100%';
  height: number;
  ringWidth: number | null;
}) {
  return (
    <>
      {ringWidth !== null && (
        <rect
          className="timeline-mark__focus"
          x={-m.ringOffset}
          y={-m.ringOffset}
          width={ringWidth + 2 * m.ringOffset}
          height={height + 2 * m.ringOffset}
          rx={m.bandRadius + m.ringOffset}
        />
      )}
      <rect className={className} width={width} height={height} rx={m.bandRadius} />
    </>
  );
});

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

/**
 * Whether two renders of a mark would draw the same: every prop but the placement equal, and the
 * same shape and label in the same place relative to its group. Across a zoom frame most marks
 * differ only in where they are; inside a band's group, which moves them all, most do not differ at
 * all.
 */
function sameDrawing(a: TimelineMarkProps, b: TimelineMarkProps): boolean {
  const { mark: markA, groupOrigin: groupA = noGroup, ...restA } = a;
  const { mark: markB, groupOrigin: groupB = noGroup, ...restB } = b;
  if (!sameValues(restA, restB)) return false;
  // A parked mark is drawn the same wherever its group is.
  if (!markA || !markB) return markA === markB;
  if (markA.shape !== markB.shape) return false;
  const originA = markOrigin(markA);
  const originB = markOrigin(markB);
  if (
    roundPx(originA.x - groupA.x) !== roundPx(originB.x - groupB.x) ||
    roundPx(originA.y - groupA.y) !== roundPx(originB.y - groupB.y)
  )
    return false;
  if (markA.shape !== 'node' && markB.shape !== 'node') {
    const sizedByGroup = a.fillsGroup && !a.focused && !a.highlighted;
    if (!sizedByGroup && roundPx(markA.rect.width) !== roundPx(markB.rect.width)) return false;
    if (roundPx(markA.rect.height) !== roundPx(markB.rect.height)) return false;
  }
  const labelA = markA.label;
  const labelB = markB.label;
  if (!labelA || !labelB) return labelA === labelB;
  return (
    labelInsideShape(markA) === labelInsideShape(markB) &&
    sameLabelPlacement(labelA, originA, labelB, originB)
  );
}

/** Whether two objects have the same keys holding the same values. */
function sameValues(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) => Object.hasOwn(b, key) && Object.is(Reflect.get(a, key), Reflect.get(b, key)),
    )
  );
}
