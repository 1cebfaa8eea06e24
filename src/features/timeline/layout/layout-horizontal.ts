import type { Box } from './box-geometry';
import { chooseTicks } from './choose-ticks';
import { horizontalRows } from './horizontal-rows';
import { placeLabels, type LabelRequest } from './label-placement';
import type {
  BandMark,
  BlockMark,
  LayoutInput,
  NodeMark,
  TimelineLane,
  TimelineLayout,
  TimelineMark,
} from './timeline-layout-types';
import { timelineMetrics as m } from './timeline-metrics';

/**
 * Time runs left to right. Bands and blocks carry their labels inside (wrapped; cut only where a zoom
 * hides part of them); nodes' labels go beside or below them, clear of every mark.
 */
export function layoutHorizontal(input: LayoutInput): TimelineLayout {
  const { items, domain, scale, width, laneTitles, formatTick } = input;
  const rows = input.rows ?? horizontalRows(items, domain, width, input.nodeTexts);
  const marks: TimelineMark[] = [];
  const rectRequests: LabelRequest[] = [];
  const nodeRequests: LabelRequest[] = [];
  const shapes: Box[] = [];

  items.forEach((_, index) => {
    const node = rows.nodes.get(index);
    if (node) {
      const { item, cy } = node;
      const cx = scale(item.anchor);
      const visible = cx >= 0 && cx <= width;
      const mark: NodeMark = {
        shape: 'node',
        item,
        cx,
        cy,
        span: [scale(item.start), scale(item.end)],
        visible,
        label: null,
      };
      marks.push(mark);
      if (visible) nodeRequests.push({ mark });
      return;
    }
    const row = rows.boxes.get(index);
    if (!row) return;
    const { item } = row;
    const x0 = scale(item.start);
    const x1 = scale(row.end);
    const rect = { x: x0, y: row.top, width: Math.max(x1 - x0, 2), height: row.height };
    const visibleX0 = Math.max(x0, 0);
    const visibleX1 = Math.min(x1, width);
    const visible = x1 > 0 && x0 < width;
    if (visible) shapes.push({ ...rect, x: visibleX0, width: visibleX1 - visibleX0 });
    const mark: BandMark | BlockMark =
      item.kind === 'work-project'
        ? { shape: 'block', item, rect, visible, label: null }
        : { shape: 'band', item, rect, visible, label: null };
    marks.push(mark);
    if (visible) rectRequests.push({ mark, x0, x1, row });
  });

  placeLabels([...rectRequests, ...nodeRequests], {
    width,
    bounds: { x: 0, y: 0, width, height: rows.height },
    shapes,
    nodeTexts: input.nodeTexts,
  });
  const lanes: TimelineLane[] = rows.lanes.map(({ lane }) => ({
    ...lane,
    title: laneTitles[lane.id],
  }));
  const ticks = chooseTicks(scale, m.tickSpacingHorizontal)
    .filter((tick) => tick.position >= 0 && tick.position <= width - m.axisEndRoom)
    .map((tick) => ({ ...tick, label: formatTick(tick) }));
  return { orientation: 'horizontal', width, height: rows.height, lanes, ticks, marks };
}
