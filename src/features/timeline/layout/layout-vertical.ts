import { assignRows } from './assign-rows';
import type { Box } from './box-geometry';
import { chooseTicks } from './choose-ticks';
import { columnLabel, placeLabels, type LabelRequest } from './label-placement';
import { itemsByShape, type Indexed, type LaneId, type WorkProjectItem } from './timeline-item';
import {
  laneOrder,
  type LayoutInput,
  type NodeMark,
  type TimelineLane,
  type TimelineLayout,
  type TimelineMark,
} from './timeline-layout-types';
import { nodeHitRadius, timelineMetrics as m } from './timeline-metrics';

/** A mark and what orders it in reading order. */
interface Ordered {
  mark: TimelineMark;
  /** Its index in the items, the last tie-break. */
  index: number;
  /** Where it starts down the page: a band's top (its blocks share it), a node's centre. */
  key: number;
  /** Among bands (and their blocks) that start at the same height, their place in the label column. */
  rank: number;
}

/**
 * Time runs down the page, in the direction the scale's range gives (newest first when it is
 * reversed). Bands are columns; each band's label sits in the label column at the band's top, with
 * its employer's work projects as blocks right under it; dated nodes sit in a column per lane
 * (open source, publications, awards…), in the lanes' order, so that two sections' marks of about the
 * same date stand side by side, not on top of each other.
 * Marks come in reading order, top to bottom.
 */
export function layoutVertical({
  items,
  scale,
  width,
  laneTitles,
  formatTick,
}: LayoutInput): TimelineLayout {
  const { bands, blocks, nodes } = itemsByShape(items);
  const bandSlots = assignRows(bands.map(({ item }) => item));
  const slotted = bands.map((band, position) => ({
    ...band,
    slot: bandSlots[position] ?? { row: 0, end: band.item.end },
  }));
  const columns = Math.max(0, ...bandSlots.map((slot) => slot.row)) + 1;
  const columnStep = m.bandColumnWidth + m.columnGap;
  const nodeLanes = laneOrder.filter((lane) => nodes.some(({ item }) => item.lane === lane));
  const firstNodeX = m.gutter + columns * columnStep + nodeHitRadius - m.columnGap / 2;
  const nodeXOf = (lane: LaneId) =>
    firstNodeX + Math.max(0, nodeLanes.indexOf(lane)) * (2 * nodeHitRadius + m.columnGap);
  const lastNodeX =
    firstNodeX + Math.max(0, nodeLanes.length - 1) * (2 * nodeHitRadius + m.columnGap);
  const labelX = lastNodeX + nodeHitRadius + m.labelIndent;
  const labelWidth = width - labelX - m.edgeRoom;
  const [r0, r1] = scale.range();
  const top = Math.min(r0, r1);
  const spanOf = (start: Date, end: Date): [number, number] => {
    const a = scale(start);
    const b = scale(end);
    return [Math.min(a, b), Math.max(a, b)];
  };

  const ordered: Ordered[] = [];
  const shapes: Box[] = [];
  const blocksOf = new Map<string, Indexed<WorkProjectItem>[]>();
  for (const block of blocks) {
    const { employerId } = block.item;
    blocksOf.set(employerId, [...(blocksOf.get(employerId) ?? []), block]);
  }

  // Bands' labels in the label column, top to bottom, each followed by its employer's blocks.
  let cursor = top;
  let ranked = 0;
  // Two bands that reach the same top (two current jobs) go newest first.
  const bandSpan = (band: (typeof slotted)[number]) => spanOf(band.item.start, band.slot.end);
  const bandsTopDown = [...slotted].sort(
    (a, b) => bandSpan(a)[0] - bandSpan(b)[0] || b.item.start.getTime() - a.item.start.getTime(),
  );
  for (const band of bandsTopDown) {
    const { item, index } = band;
    const [y0, y1] = bandSpan(band);
    const bandX = m.gutter + band.slot.row * columnStep;
    const y = Math.max(y0, cursor);
    const { label: bandLabel, height: labelHeight } = columnLabel(item, labelX, y, labelWidth);
    shapes.push({ x: labelX, y, width: labelWidth, height: labelHeight });
    const rank = ranked;
    ranked += 1;
    ordered.push({
      mark: {
        shape: 'band',
        item,
        rect: { x: bandX, y: y0, width: m.bandColumnWidth, height: Math.max(y1 - y0, 2) },
        visible: true,
        label: bandLabel,
      },
      index,
      key: y0,
      rank,
    });
    cursor = y + labelHeight + m.blockGap;
    for (const { item: project, index: block } of blocksOf.get(item.id) ?? []) {
      const { label, height } = columnLabel(project, labelX, cursor, labelWidth);
      const rect = { x: labelX, y: cursor, width: labelWidth, height };
      shapes.push(rect);
      ranked += 1;
      ordered.push({
        mark: {
          shape: 'block',
          item: project,
          rect,
          visible: true,
          label,
        },
        index: block,
        key: y0,
        rank,
      });
      cursor += rect.height + m.blockGap;
    }
    cursor += m.groupGap;
  }

  // Nodes in their column; their labels in the label column, clear of the bands' and blocks'.
  const requests: LabelRequest[] = [];
  const nodeMarks: NodeMark[] = [];
  for (const { item, index } of nodes) {
    const nodeX = nodeXOf(item.lane);
    const cy = scale(item.anchor);
    const mark: NodeMark = {
      shape: 'node',
      item,
      cx: nodeX,
      cy,
      span: spanOf(item.start, item.end),
      visible: true,
      label: null,
    };
    ordered.push({ mark, index, key: cy, rank: 0 });
    nodeMarks.push(mark);
    requests.push({
      mark,
      column: { x: labelX, room: labelWidth, from: { x1: nodeX + nodeHitRadius, y1: cy } },
    });
  }
  const bottom = Math.max(r0, r1, cursor);
  const bounds = { x: 0, y: top - m.lineHeight, width, height: bottom - top + m.lineHeight * 4 };
  placeLabels(requests, { width, bounds, shapes });
  const labelBottom = Math.max(
    bottom,
    ...nodeMarks.map((mark) => (mark.label ? mark.label.box.y + mark.label.box.height : 0)),
  );

  const marks = ordered
    .sort((a, b) => a.key - b.key || a.rank - b.rank || a.index - b.index)
    .map(({ mark }) => mark);
  const lanes: TimelineLane[] = laneOrder
    .filter((lane) => items.some((item) => item.lane === lane))
    .map((lane) => ({
      id: lane,
      title: laneTitles[lane],
      titleAt: null,
      from: m.gutter,
      to: labelX,
    }));
  const ticks = chooseTicks(scale, m.tickSpacingVertical).map((tick) => ({
    ...tick,
    label: formatTick(tick),
  }));
  return {
    orientation: 'vertical',
    width,
    height: labelBottom + m.lineHeight * 2,
    lanes,
    ticks,
    marks,
  };
}
