import { timelineMetrics, type TimelineMark } from './layout-timeline';

/** How far a node's focus ring reaches beyond its centre, in px. */
const ringReach = timelineMetrics.nodeRadius + 5;

/**
 * Whether nothing of a horizontal mark (band, node, span, focus ring or label) falls inside the `width`
 * px of the view, so that it can be drawn in a constant, parked form.
 */
export function isOutOfView(mark: TimelineMark, width: number): boolean {
  if (mark.label) return false;
  const left = mark.shape === 'band' ? mark.x - 3 : Math.min(mark.x, mark.cx - ringReach, mark.cx);
  const right =
    mark.shape === 'band'
      ? mark.x + mark.width + 3
      : Math.max(mark.x + mark.width, mark.cx + ringReach);
  return right < 0 || left > width;
}
