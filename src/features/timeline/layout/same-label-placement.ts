import { roundPx } from './box-geometry';
import type { TimelineLabel } from './timeline-layout-types';

type Point = { x: number; y: number };

/** Whether two labels have the same lines, drawn in the same place relative to their marks' origins. */
export function sameLabelPlacement(
  a: TimelineLabel,
  originA: Point,
  b: TimelineLabel,
  originB: Point,
): boolean {
  if (a === b && originA.x === originB.x && originA.y === originB.y) return true;
  const sameX = (p: number, q: number) => roundPx(p - originA.x) === roundPx(q - originB.x);
  const sameY = (p: number, q: number) => roundPx(p - originA.y) === roundPx(q - originB.y);
  const leadersMatch =
    a.leader && b.leader
      ? sameX(a.leader.x1, b.leader.x1) &&
        sameY(a.leader.y1, b.leader.y1) &&
        sameX(a.leader.x2, b.leader.x2) &&
        sameY(a.leader.y2, b.leader.y2)
      : !a.leader && !b.leader;
  return (
    leadersMatch &&
    a.alignEnd === b.alignEnd &&
    sameX(a.box.x, b.box.x) &&
    sameY(a.box.y, b.box.y) &&
    roundPx(a.box.width) === roundPx(b.box.width) &&
    roundPx(a.box.height) === roundPx(b.box.height) &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, index) => {
      const other = b.lines[index];
      return (
        other !== undefined &&
        line.text === other.text &&
        line.bold === other.bold &&
        line.size === other.size &&
        line.spaceAfter === other.spaceAfter
      );
    })
  );
}
