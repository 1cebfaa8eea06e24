import type { Box } from './place-labels';
import type { TimelineMark } from './timeline-layout-types';
import { nodeHitRadius } from './timeline-metrics';

/** The area a mark's shape takes (a node's: its hit target), without its label. */
export function markBox(mark: TimelineMark): Box {
  if (mark.shape !== 'node') return mark.rect;
  const r = nodeHitRadius;
  return { x: mark.cx - r, y: mark.cy - r, width: 2 * r, height: 2 * r };
}
