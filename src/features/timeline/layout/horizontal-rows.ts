import { assignRows } from './assign-rows';
import { horizontalScale } from './create-time-scale';
import { nodeRowHeight, rowLabels, type LabelSide, type NodeTextsCache } from './label-placement';
import {
  itemsByShape,
  type BandItem,
  type Indexed,
  type NodeItem,
  type TimelineItem,
  type WorkProjectItem,
} from './timeline-item';
import { laneOrder, type TimelineLane } from './timeline-layout-types';
import { timelineMetrics as m } from './timeline-metrics';

/** Where a band or block sits across the time axis, and how many label lines it has room for. */
export interface RowBox {
  item: BandItem | WorkProjectItem;
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
  /** For each node, by item index: the node, and the centre line of its lane's node row. */
  nodes: Map<number, { item: NodeItem; cy: number }>;
  height: number;
}

/**
 * The lanes of the horizontal chart, top to bottom: bands in rows (overlapping periods stack; a
 * handover in a month does not, see followsInRow), each employer's work projects as blocks stacked
 * under its band, then the lane's line of nodes. Every row is as tall as its marks and their labels
 * at the whole-domain view need (so that at the default view no label is cut), then a row gap.
 * Zooming moves nothing across the time axis: a chart can stack its items once for a width and pass
 * the rows to every layout of a zoom (LayoutInput.rows).
 */
export function horizontalRows(
  items: readonly TimelineItem[],
  domain: readonly [Date, Date],
  width: number,
  nodeTexts?: NodeTextsCache,
): HorizontalRows {
  const scale = horizontalScale(domain, width);
  const byShape = itemsByShape(items);
  const blocksOf = new Map<string, Indexed<WorkProjectItem>[]>();
  for (const entry of byShape.blocks) {
    const list = blocksOf.get(entry.item.employerId) ?? [];
    list.push(entry);
    blocksOf.set(entry.item.employerId, list);
  }

  const boxes = new Map<number, RowBox>();
  const nodeAt = new Map<number, { item: NodeItem; cy: number }>();
  const lanes: HorizontalRows['lanes'] = [];
  let y = m.axisSize;
  for (const id of laneOrder) {
    const bands = byShape.bands.filter(({ item }) => item.lane === id);
    const nodes = byShape.nodes.filter(({ item }) => item.lane === id);
    const blocks = byShape.blocks.filter(({ item }) => item.lane === id);
    if (bands.length + nodes.length + blocks.length === 0) continue;
    const from = y;
    const titleAt = { x: 0, y: y + m.laneTitleBaseline };
    y += m.laneTitleSize;

    const slots = assignRows(bands.map(({ item }) => item));
    /** Each band with its row and where it is drawn to (its blocks are drawn as far). */
    const placed = bands.map((band, position) => {
      const slot = slots[position] ?? { row: 0, end: band.item.end };
      return { ...band, row: slot.row, end: slot.end };
    });
    const rowCount = Math.max(0, ...slots.map((slot) => slot.row + 1));
    for (let row = 0; row < rowCount; row += 1) {
      const inRow = placed
        .filter((band) => band.row === row)
        .map(({ index, item, end }) => {
          const x1 = scale(end);
          const blocks = (blocksOf.get(item.id) ?? []).map((block) => ({
            ...block,
            x0: scale(block.item.start),
          }));
          return { index, item, end, x0: scale(item.start), x1, blocks };
        });
      const labels = rowLabels(inRow, width);
      let rowEnd = y + labels.bandHeight;
      for (const { index, item: band, end, blocks } of inRow) {
        const besideLabel = labels.sides.get(index) ?? null;
        const { bandHeight: height, bandLines: lines } = labels;
        boxes.set(index, { item: band, top: y, height, lines, end, besideLabel });
        let top = y + height + m.blockGap;
        for (const { index: block, item } of blocks) {
          const size = labels.blocks.get(block) ?? { lines: 1, height: m.minTarget };
          boxes.set(block, { item, top, ...size, end, besideLabel });
          top += size.height + m.blockGap;
        }
        rowEnd = Math.max(rowEnd, top);
      }
      y = rowEnd + m.rowGap;
    }

    const nodeY = y + m.nodeRowHeight / 2;
    for (const { item, index } of nodes) nodeAt.set(index, { item, cy: nodeY });
    if (nodes.length > 0) {
      y +=
        nodeRowHeight(
          nodes.map(({ item }) => item),
          scale,
          width,
          nodeTexts,
        ) + m.rowGap;
    }
    lanes.push({
      lane: { id, titleAt, from, to: y },
      nodeY,
      nodes: nodes.map(({ index }) => index),
    });
    y += m.rowGap * 2;
  }
  return { lanes, boxes, nodes: nodeAt, height: y };
}
