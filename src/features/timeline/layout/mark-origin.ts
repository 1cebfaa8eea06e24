import type { TimelineMark } from './timeline-layout-types';

/** The point a mark is drawn from: a band's or block's top left corner, a node's centre. */
export function markOrigin(mark: TimelineMark): { x: number; y: number } {
  return mark.shape === 'node' ? { x: mark.cx, y: mark.cy } : { x: mark.rect.x, y: mark.rect.y };
}
