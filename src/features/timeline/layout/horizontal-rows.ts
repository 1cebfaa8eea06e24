import { assignRows } from './assign-rows';
import { bandHoldsName, bandLabelLines, blockLabelLines, boxHeightFor } from './band-label-lines';
import { createTimeScale } from './create-time-scale';
import { nodeRowHeightFor } from './node-row-height';
import { isBandItem, isNodeItem, type TimelineItem } from './timeline-item';
import { laneOrder, type TimelineLane } from './timeline-layout-types';
import { timelineMetrics as m } from './timeline-metrics';

/**
 * Where a label goes when its band is too narrow to hold it at the whole view: before the band
 * (earlier in time, to its left) or, where the chart has no room there, after it.
 */
export type LabelSide = 'before' | 'after';

/** Where a band or block sits across the time axis, and how many label lines it has room for. */
export interface RowBox {
  top: number;
  height: number;
  lines: number;
  /** Where it is drawn to: its end, or where the next band in its row takes over (see followsInRow). */
  end: Date;
  /** Set when the label goes beside the band (see LabelSide), not inside it. */
  besideLabel: LabelSide | null;
}

export interface HorizontalRows {
  lanes: {
    lane: Omit<TimelineLane, 'title'>;
    /** The node row's centre line, and the nodes on it (indexes into the items). */
    nodeY: number;
    nodes: number[];
  }[];
  /** For each band and block, by item index. */
  boxes: Map<number, RowBox>;
  /** For each node, by item index: the centre line of its lane's node row. */
  nodeYs: Map<number, number>;
  height: number;
}

/** Zooming moves nothing across the time axis, so each list of items is stacked into rows once. */
const cache = new WeakMap<readonly TimelineItem[], Map<string, HorizontalRows>>();

/**
 * The lanes of the horizontal chart, top to bottom: bands in rows (overlapping periods stack; a
 * handover in a month does not, see followsInRow), each employer's work projects as blocks stacked
 * under its band, then the lane's line of nodes. Every row is as tall as its marks and their labels
 * at the whole-domain view need (so that at the default view no label is cut), then a row gap.
 */
export function horizontalRows(
  items: readonly TimelineItem[],
  domain: readonly [Date, Date],
  width: number,
): HorizontalRows {
  const key = `${width}|${domain[0].getTime()}|${domain[1].getTime()}`;
  const perItems = cache.get(items) ?? new Map<string, HorizontalRows>();
  cache.set(items, perItems);
  const cached = perItems.get(key);
  if (cached) return cached;

  const scale = createTimeScale(domain, [0, width]);
  /** Where each band is drawn to, by item index (its blocks are drawn as far). */
  const drawnEnds = new Map<number, Date>();
  const fullWidth = (item: TimelineItem, end: Date) => scale(end) - scale(item.start);
  const besideReach = m.besideLabelWidth + m.labelGap;
  /**
   * For the bands of one row: where the label of each band too narrow to hold it goes (narrower
   * than minWrapRoom, or too narrow for its whole name), taken left to right: before it where the
   * row is free there, else after it. A band with no free room beside it keeps its label inside,
   * cut short. Labels never add a row.
   */
  const besideLabels = (row: readonly number[]): Map<number, LabelSide> => {
    const sides = new Map<number, LabelSide>();
    const byStart = [...row].sort((a, b) => items[a]!.start.getTime() - items[b]!.start.getTime());
    let freeFrom = 0;
    byStart.forEach((index, position) => {
      const item = items[index]!;
      const [x0, x1] = [scale(item.start), scale(drawnEnds.get(index) ?? item.end)];
      const next = byStart[position + 1];
      const freeTo = next === undefined ? width : scale(items[next]!.start);
      let end = x1;
      const room = x1 - x0 - 2 * m.bandPadX;
      if (room < m.minWrapRoom || (isBandItem(item) && !bandHoldsName(item, room))) {
        if (x0 - besideReach >= freeFrom) sides.set(index, 'before');
        else if (x1 + besideReach <= freeTo) {
          sides.set(index, 'after');
          end = x1 + besideReach;
        }
      }
      freeFrom = Math.max(freeFrom, end);
    });
    return sides;
  };
  const blocksOf = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.kind !== 'work-project') return;
    const list = blocksOf.get(item.employerId) ?? [];
    list.push(index);
    blocksOf.set(item.employerId, list);
  });

  const boxes = new Map<number, RowBox>();
  const nodeYs = new Map<number, number>();
  const lanes: HorizontalRows['lanes'] = [];
  let y = m.axisSize;
  for (const id of laneOrder) {
    const indexes = items.flatMap((item, index) => (item.lane === id ? [index] : []));
    if (indexes.length === 0) continue;
    const from = y;
    const titleAt = { x: 0, y: y + m.laneTitleBaseline };
    y += m.laneTitleSize;

    const bands = indexes.filter((index) => isBandItem(items[index]!));
    const slots = assignRows(bands.map((index) => items[index]!));
    bands.forEach((index, position) => drawnEnds.set(index, slots[position]!.end));
    const rowCount = Math.max(0, ...slots.map((slot) => slot.row + 1));
    for (let row = 0; row < rowCount; row += 1) {
      const inRow = bands.filter((_, position) => slots[position]!.row === row);
      const sides = besideLabels(inRow);
      const lines = inRow.map((index) => {
        const item = items[index]!;
        const end = drawnEnds.get(index) ?? item.end;
        const room = sides.has(index) ? m.besideLabelWidth : fullWidth(item, end) - 2 * m.bandPadX;
        const lines =
          isBandItem(item) && room >= m.minWrapRoom ? bandLabelLines(item, room).length : 0;
        return Math.max(lines, m.bandMinLines);
      });
      const bandLines = Math.max(...lines);
      const bandHeight = boxHeightFor(bandLines, m.bandPadY);
      let rowEnd = y + bandHeight;
      for (const index of inRow) {
        const side = sides.get(index) ?? null;
        const end = drawnEnds.get(index) ?? items[index]!.end;
        boxes.set(index, { top: y, height: bandHeight, lines: bandLines, end, besideLabel: side });
        let top = y + bandHeight + m.blockGap;
        for (const block of blocksOf.get(items[index]!.id) ?? []) {
          const item = items[block]!;
          const room = side ? m.besideLabelWidth : fullWidth(item, end) - 2 * m.blockPadX;
          const blockLines =
            item.kind === 'work-project' && room >= m.minWrapRoom
              ? Math.max(blockLabelLines(item, room).length, 1)
              : 1;
          const height = boxHeightFor(blockLines, m.blockPadY);
          boxes.set(block, { top, height, lines: blockLines, end, besideLabel: side });
          top += height + m.blockGap;
        }
        rowEnd = Math.max(rowEnd, top);
      }
      y = rowEnd + m.rowGap;
    }

    const nodes = indexes.filter((index) => isNodeItem(items[index]!));
    const nodeY = y + m.nodeRowHeight / 2;
    for (const index of nodes) nodeYs.set(index, nodeY);
    if (nodes.length > 0) {
      const nodeItems = nodes.map((index) => items[index]!);
      y += nodeRowHeightFor(nodeItems, scale, width) + m.rowGap;
    }
    lanes.push({ lane: { id, titleAt, from, to: y }, nodeY, nodes });
    y += m.rowGap * 2;
  }
  const result = { lanes, boxes, nodeYs, height: y };
  perItems.set(key, result);
  return result;
}
