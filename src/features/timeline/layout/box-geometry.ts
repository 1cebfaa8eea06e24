import type { TimelineMark } from './timeline-layout-types';
import { nodeHitRadius, timelineMetrics as m } from './timeline-metrics';

/** A rectangle in the chart's px: its top left corner, then its size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where to centre a horizontal view of `width` px so that a mark's box shows whole, at least
 * `margin` px inside its edges: a px position in the current view, or null where it already shows.
 * A box too wide for the view is shown from its start, where its label is, unless it fills the view.
 */
export function centreToReveal(box: Box, width: number, margin: number): number | null {
  const [start, end] = [box.x, box.x + box.width];
  if (box.width <= width - 2 * margin)
    return spanWithin(start, end, margin, width - margin) ? null : (start + end) / 2;
  return spanWithin(margin, width - margin, start, end) ? null : start - margin + width / 2;
}

/** Whether the span a0..a1 lies within b0..b1, ends included. */
function spanWithin(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 >= b0 && a1 <= b1;
}

/** Whether the spans a0..a1 and b0..b1 share any length: spans that only touch do not. */
function spansOverlap(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

/** Whether `box` lies inside `bounds`, edges included. */
export function boxInside(box: Box, bounds: Box): boolean {
  return (
    spanWithin(box.x, box.x + box.width, bounds.x, bounds.x + bounds.width) &&
    spanWithin(box.y, box.y + box.height, bounds.y, bounds.y + bounds.height)
  );
}

/** Whether two boxes share any area. */
export function intersects(a: Box, b: Box): boolean {
  return (
    spansOverlap(a.x, a.x + a.width, b.x, b.x + b.width) &&
    spansOverlap(a.y, a.y + a.height, b.y, b.y + b.height)
  );
}

/**
 * Whether `box` lies inside `bounds` and keeps `gap` px clear of each of `others`: how a label is
 * checked against the labels and marks already placed.
 */
export function fitsClear(box: Box, bounds: Box, gap: number, others: readonly Box[]): boolean {
  if (!boxInside(box, bounds)) return false;
  const x0 = box.x - gap;
  const x1 = box.x + box.width + gap;
  const y0 = box.y - gap;
  const y1 = box.y + box.height + gap;
  return others.every(
    (other) =>
      !spansOverlap(x0, x1, other.x, other.x + other.width) ||
      !spansOverlap(y0, y1, other.y, other.y + other.height),
  );
}

/** The square a node's hit target takes, centred on the node: no label may cover it. */
export function nodeHitBox(cx: number, cy: number): Box {
  return {
    x: cx - nodeHitRadius,
    y: cy - nodeHitRadius,
    width: 2 * nodeHitRadius,
    height: 2 * nodeHitRadius,
  };
}

/** The area a mark's shape takes (a node's: its hit target), without its label. */
export function markBox(mark: TimelineMark): Box {
  return mark.shape === 'node' ? nodeHitBox(mark.cx, mark.cy) : mark.rect;
}

/** The point a mark is drawn from: a band's or block's top left corner, a node's centre. */
export function markOrigin(mark: TimelineMark): { x: number; y: number } {
  return mark.shape === 'node' ? { x: mark.cx, y: mark.cy } : { x: mark.rect.x, y: mark.rect.y };
}

/** How far a mark's focus ring or hit target reaches beyond its shape, in px. */
const reach = Math.max(m.nodeRadius + m.nodeRingOffset, nodeHitRadius, m.ringOffset);

/**
 * Whether nothing of a horizontal mark (shape, span, focus ring or label) falls inside the `width`
 * px of the view, so that it can be drawn in a constant, parked form.
 */
export function isOutOfView(mark: TimelineMark, width: number): boolean {
  if (mark.label) return false;
  const [left, right] =
    mark.shape === 'node'
      ? [Math.min(mark.span[0], mark.cx - reach), Math.max(mark.span[1], mark.cx + reach)]
      : [mark.rect.x - reach, mark.rect.x + mark.rect.width + reach];
  return right < 0 || left > width;
}

/** Rounds to hundredths of a px: finer is invisible, and relative positions then compare equal between frames. */
export function roundPx(value: number): number {
  return Math.round(value * 100) / 100;
}
