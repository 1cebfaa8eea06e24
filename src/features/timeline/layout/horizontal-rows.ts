import { assignRows } from './assign-rows';
import { createTimeScale } from './create-time-scale';
import { besideLabelSides, labelLines, nodeRowHeight, type LabelSide } from './label-placement';
import { isBandItem, isNodeItem, type TimelineItem } from './timeline-item';
import { laneOrder, type TimelineLane } from './timeline-layout-types';
import { boxHeightFor, timelineMetrics as m } from './timeline-metrics';

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

/** An item and its place in the list of items. */
interface Indexed {
  item: TimelineItem;
  index: number;
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
  const fullWidth = (item: TimelineItem, end: Date) => scale(end) - scale(item.start);
  const indexed: Indexed[] = items.map((item, index) => ({ item, index }));
  const blocksOf = new Map<string, Indexed[]>();
  for (const entry of indexed) {
    if (entry.item.kind !== 'work-project') continue;
    const list = blocksOf.get(entry.item.employerId) ?? [];
    list.push(entry);
    blocksOf.set(entry.item.employerId, list);
  }

  const boxes = new Map<number, RowBox>();
  const nodeYs = new Map<number, number>();
  const lanes: HorizontalRows['lanes'] = [];
  let y = m.axisSize;
  for (const id of laneOrder) {
    const inLane = indexed.filter(({ item }) => item.lane === id);
    if (inLane.length === 0) continue;
    const from = y;
    const titleAt = { x: 0, y: y + m.laneTitleBaseline };
    y += m.laneTitleSize;

    const bands = inLane.filter(({ item }) => isBandItem(item));
    const slots = assignRows(bands.map(({ item }) => item));
    /** Each band with its row and where it is drawn to (its blocks are drawn as far). */
    const placed = bands.map((band, position) => {
      const slot = slots[position] ?? { row: 0, end: band.item.end };
      return { ...band, row: slot.row, end: slot.end };
    });
    const rowCount = Math.max(0, ...slots.map((slot) => slot.row + 1));
    for (let row = 0; row < rowCount; row += 1) {
      const inRow = placed.filter((band) => band.row === row);
      const byStart = [...inRow].sort((a, b) => a.item.start.getTime() - b.item.start.getTime());
      const sides = besideLabelSides(
        byStart.map(({ index, item, end }) => ({
          key: index,
          item,
          x0: scale(item.start),
          x1: scale(end),
        })),
        width,
      );
      const lines = inRow.map(({ index, item, end }) => {
        const room = sides.has(index) ? m.besideLabelWidth : fullWidth(item, end) - 2 * m.bandPadX;
        const lines = isBandItem(item) && room >= m.minWrapRoom ? labelLines(item, room).length : 0;
        return Math.max(lines, m.bandMinLines);
      });
      const bandLines = Math.max(...lines);
      const bandHeight = boxHeightFor(bandLines, m.bandPadY);
      let rowEnd = y + bandHeight;
      for (const { index, item: band, end } of inRow) {
        const side = sides.get(index) ?? null;
        boxes.set(index, { top: y, height: bandHeight, lines: bandLines, end, besideLabel: side });
        let top = y + bandHeight + m.blockGap;
        for (const { index: block, item } of blocksOf.get(band.id) ?? []) {
          const room = side ? m.besideLabelWidth : fullWidth(item, end) - 2 * m.blockPadX;
          const blockLines =
            item.kind === 'work-project' && room >= m.minWrapRoom
              ? Math.max(labelLines(item, room).length, 1)
              : 1;
          const height = boxHeightFor(blockLines, m.blockPadY);
          boxes.set(block, { top, height, lines: blockLines, end, besideLabel: side });
          top += height + m.blockGap;
        }
        rowEnd = Math.max(rowEnd, top);
      }
      y = rowEnd + m.rowGap;
    }

    const nodes = inLane.filter(({ item }) => isNodeItem(item));
    const nodeY = y + m.nodeRowHeight / 2;
    for (const { index } of nodes) nodeYs.set(index, nodeY);
    if (nodes.length > 0) {
      y +=
        nodeRowHeight(
          nodes.map(({ item }) => item),
          scale,
          width,
        ) + m.rowGap;
    }
    lanes.push({
      lane: { id, titleAt, from, to: y },
      nodeY,
      nodes: nodes.map(({ index }) => index),
    });
    y += m.rowGap * 2;
  }
  const result = { lanes, boxes, nodeYs, height: y };
  perItems.set(key, result);
  return result;
}
