import type { TimelineMark } from './timeline-layout-types';
import { timelineMetrics as m, nodeHitRadius } from './timeline-metrics';

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
