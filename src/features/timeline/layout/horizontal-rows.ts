import { assignRows } from './assign-rows';
import { bandLabelLines, blockLabelLines, boxHeightFor } from './band-label-lines';
import { createTimeScale } from './create-time-scale';
import { isBandItem, type TimelineItem } from './timeline-item';
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
 * The lanes of the horizontal chart, top to bottom: bands in rows (overlapping periods stack), each
 * employer's work projects as blocks stacked under its band, then the lane's line of nodes. Heights
 * come from the labels at the whole-domain view, so that at the default view no label is cut.
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
  const fullWidth = (item: TimelineItem) => scale(item.end) - scale(item.start);
  const besideReach = m.besideLabelWidth + m.labelGap;
  /** Where a band's label and its blocks' go, if not inside them. */
  const besideLabel = (item: TimelineItem): LabelSide | null => {
    if (fullWidth(item) - 2 * m.bandPadX >= m.minWrapRoom) return null;
    return scale(item.start) - besideReach >= 0 ? 'before' : 'after';
  };
  /** The time a band takes in its row: its period, and the room for a label beside it. */
  const rowSpan = (item: TimelineItem) => {
    const side = besideLabel(item);
    return {
      start: side === 'before' ? scale.invert(scale(item.start) - besideReach) : item.start,
      end: side === 'after' ? scale.invert(scale(item.end) + besideReach) : item.end,
    };
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
    const rowOf = assignRows(bands.map((index) => rowSpan(items[index]!)));
    const rowCount = bands.length ? Math.max(...rowOf) + 1 : 0;
    for (let row = 0; row < rowCount; row += 1) {
      const inRow = bands.filter((_, position) => rowOf[position] === row);
      const lines = inRow.map((index) => {
        const item = items[index]!;
        const room = besideLabel(item) ? m.besideLabelWidth : fullWidth(item) - 2 * m.bandPadX;
        const lines = isBandItem(item) ? bandLabelLines(item, room).length : 0;
        return Math.max(lines, m.bandMinLines);
      });
      const bandLines = Math.max(...lines);
      const bandHeight = boxHeightFor(bandLines, m.bandPadY);
      let rowEnd = y + bandHeight;
      for (const index of inRow) {
        const side = besideLabel(items[index]!);
        boxes.set(index, { top: y, height: bandHeight, lines: bandLines, besideLabel: side });
        let top = y + bandHeight + m.blockGap;
        for (const block of blocksOf.get(items[index]!.id) ?? []) {
          const item = items[block]!;
          const room = side ? m.besideLabelWidth : fullWidth(item) - 2 * m.blockPadX;
          const blockLines =
            item.kind === 'work-project' && room >= m.minWrapRoom
              ? Math.max(blockLabelLines(item, room).length, 1)
              : 1;
          const height = boxHeightFor(blockLines, m.blockPadY);
          boxes.set(block, { top, height, lines: blockLines, besideLabel: side });
          top += height + m.blockGap;
        }
        rowEnd = Math.max(rowEnd, top);
      }
      y = rowEnd + m.rowGap;
    }

    const nodes = indexes.filter((index) => {
      const kind = items[index]!.kind;
      return kind === 'project' || kind === 'contribution';
    });
    const nodeY = y + m.nodeRowHeight / 2;
    for (const index of nodes) nodeYs.set(index, nodeY);
    if (nodes.length > 0) y += m.nodeRowHeight * (1 + m.nodeLabelRows);
    lanes.push({ lane: { id, titleAt, from, to: y }, nodeY, nodes });
    y += m.rowGap * 2;
  }
  const result = { lanes, boxes, nodeYs, height: y };
  perItems.set(key, result);
  return result;
}
