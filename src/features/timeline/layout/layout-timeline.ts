import { layoutHorizontal } from './layout-horizontal';
import { layoutVertical } from './layout-vertical';
import type { LayoutInput, TimelineLayout } from './timeline-layout-types';

/**
 * Positions every lane, band, block, node, tick and label for one view of the timeline. Pure: the
 * same input gives the same layout, on a server or in a browser, and no label it shows lies over
 * another label or mark.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  return input.orientation === 'horizontal' ? layoutHorizontal(input) : layoutVertical(input);
}
