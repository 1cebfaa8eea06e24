import type { TimelineLabel, TimelineMark } from './timeline-layout-types';
import { roundPx } from './round-px';

/** The point a mark is drawn from: a band's or block's top left corner, a node's centre. */
export function markOrigin(mark: TimelineMark): { x: number; y: number } {
  return mark.shape === 'node' ? { x: mark.cx, y: mark.cy } : { x: mark.rect.x, y: mark.rect.y };
}

/**
 * A label's box corner, then its leader's ends if it has one, relative to its mark's origin and
 * rounded: while a zoom keeps a label beside its mark, these stay the same.
 */
export function labelPlacement(label: TimelineLabel, origin: { x: number; y: number }): number[] {
  const { box, leader } = label;
  const points = leader
    ? [box.x, box.y, leader.x1, leader.y1, leader.x2, leader.y2]
    : [box.x, box.y];
  return points.map((value, index) => roundPx(value - (index % 2 === 0 ? origin.x : origin.y)));
}
