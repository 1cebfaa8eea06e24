import type { ScaleTime } from 'd3-scale';
import { horizontalNodeLabelOptions, nodeHitBox } from './node-label-options';
import { placeLabels } from './place-labels';
import type { TimelineItem } from './timeline-item';
import { timelineMetrics as m } from './timeline-metrics';

/**
 * How tall a lane's row of nodes is: the row itself, or, where labels drop below their nodes at the
 * whole view (`scale`), as far down as the lowest of them reaches. Labels are placed as the chart
 * places them, so the row holds exactly what it shows and no more.
 */
export function nodeRowHeightFor(
  nodes: readonly TimelineItem[],
  scale: ScaleTime<number, number>,
  width: number,
): number {
  if (nodes.length === 0) return 0;
  const cy = m.nodeRowHeight / 2;
  const requests = nodes.map((item) => ({
    id: item.id,
    ...horizontalNodeLabelOptions(item, scale(item.anchor), cy),
  }));
  // The deepest a label may go: its last line below the node (see nodeLabelPlaces).
  const bounds = { x: 0, y: 0, width, height: m.nodeRowHeight * (1 + m.nodeLabelRows) };
  const obstacles = nodes.map((item) => nodeHitBox(scale(item.anchor), cy));
  const placed = placeLabels(requests, bounds, m.labelGap, obstacles);
  const bottoms = [...placed.values()].map(({ box }) => box.y + box.height);
  return Math.max(m.nodeRowHeight, ...bottoms);
}
