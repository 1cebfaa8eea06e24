import { assignRows } from './assign-rows';
import { bandLabelLines, blockLabelLines, boxHeightFor } from './band-label-lines';
import { chooseTicks } from './choose-ticks';
import { label } from './label-lines';
import { nodeHitBox, verticalNodeLabelOptions } from './node-label-options';
import { placeLabels, type Box, type LabelRequest } from './place-labels';
import { isBandItem, isNodeItem, type LaneId } from './timeline-item';
import {
  laneOrder,
  type LayoutInput,
  type TimelineLabel,
  type TimelineLane,
  type TimelineLayout,
  type TimelineMark,
} from './timeline-layout-types';
import { nodeHitRadius, timelineMetrics as m } from './timeline-metrics';

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
  const bandIndexes = items.flatMap((item, index) => (isBandItem(item) ? [index] : []));
  const bandSlots = assignRows(bandIndexes.map((index) => items[index]!));
  const slotOf = new Map(bandIndexes.map((index, position) => [index, bandSlots[position]!]));
  const columns = Math.max(0, ...bandSlots.map((slot) => slot.row)) + 1;
  const columnStep = m.bandColumnWidth + m.columnGap;
  const nodeLanes = laneOrder.filter((lane) =>
    items.some((item) => isNodeItem(item) && item.lane === lane),
  );
  const firstNodeX = m.gutter + columns * columnStep + nodeHitRadius - m.columnGap / 2;
  const nodeXOf = (lane: LaneId) =>
    firstNodeX + Math.max(0, nodeLanes.indexOf(lane)) * (2 * nodeHitRadius + m.columnGap);
  const lastNodeX =
    firstNodeX + Math.max(0, nodeLanes.length - 1) * (2 * nodeHitRadius + m.columnGap);
  const labelX = lastNodeX + nodeHitRadius + m.labelIndent;
  const labelWidth = width - labelX - m.edgeRoom;
  const [r0, r1] = scale.range() as [number, number];
  const top = Math.min(r0, r1);
  const spanOf = (start: Date, end: Date) => {
    const a = scale(start);
    const b = scale(end);
    return [Math.min(a, b), Math.max(a, b)] as const;
  };

  const sortKey = new Map<number, number>();
  /** Among bands (and their blocks) that start at the same height, their place in the label column. */
  const columnRank = new Map<number, number>();
  const marks = new Map<number, TimelineMark>();
  const obstacles: Box[] = [];
  const blocksOf = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.kind !== 'work-project') return;
    blocksOf.set(item.employerId, [...(blocksOf.get(item.employerId) ?? []), index]);
  });

  // Bands' labels in the label column, top to bottom, each followed by its employer's blocks.
  let cursor = top;
  // Two bands that reach the same top (two current jobs) go newest first.
  const bandSpan = (index: number) => spanOf(items[index]!.start, slotOf.get(index)!.end);
  const bandsTopDown = [...bandIndexes].sort(
    (a, b) =>
      bandSpan(a)[0] - bandSpan(b)[0] || items[b]!.start.getTime() - items[a]!.start.getTime(),
  );
  for (const index of bandsTopDown) {
    const item = items[index]!;
    if (!isBandItem(item)) continue;
    const [y0, y1] = bandSpan(index);
    const bandX = m.gutter + slotOf.get(index)!.row * columnStep;
    const y = Math.max(y0, cursor);
    const lines = bandLabelLines(item, labelWidth);
    const bandLabel = lines.length ? label(labelX, y, lines) : null;
    const labelHeight = Math.max(m.minTarget, bandLabel?.box.height ?? 0);
    obstacles.push({ x: labelX, y, width: labelWidth, height: labelHeight });
    marks.set(index, {
      shape: 'band',
      item,
      rect: { x: bandX, y: y0, width: m.bandColumnWidth, height: Math.max(y1 - y0, 2) },
      visible: true,
      label: bandLabel,
    });
    sortKey.set(index, y0);
    columnRank.set(index, columnRank.size);
    cursor = y + labelHeight + m.blockGap;
    for (const block of blocksOf.get(item.id) ?? []) {
      const project = items[block]!;
      if (project.kind !== 'work-project') continue;
      const blockLines = blockLabelLines(project, labelWidth - 2 * m.blockPadX);
      const rect = {
        x: labelX,
        y: cursor,
        width: labelWidth,
        height: boxHeightFor(blockLines.length, m.blockPadY),
      };
      obstacles.push(rect);
      marks.set(block, {
        shape: 'block',
        item: project,
        rect,
        visible: true,
        label: blockLines.length
          ? label(labelX + m.blockPadX, cursor + m.blockPadY, blockLines)
          : null,
      });
      sortKey.set(block, y0);
      columnRank.set(block, columnRank.get(index)!);
      cursor += rect.height + m.blockGap;
    }
    cursor += m.groupGap;
  }

  // Nodes in their column; their labels in the label column, clear of the bands' and blocks'.
  const requests: LabelRequest<TimelineLabel>[] = [];
  const nodeMarks: Extract<TimelineMark, { shape: 'node' }>[] = [];
  items.forEach((item, index) => {
    if (!isNodeItem(item)) return;
    const nodeX = nodeXOf(item.lane);
    const cy = scale(item.anchor);
    const span = spanOf(item.start, item.end);
    const mark = {
      shape: 'node' as const,
      item,
      cx: nodeX,
      cy,
      span: [span[0], span[1]] as [number, number],
      visible: true,
      label: null,
    };
    marks.set(index, mark);
    nodeMarks.push(mark);
    sortKey.set(index, cy);
    obstacles.push(nodeHitBox(nodeX, cy));
    requests.push({
      id: item.id,
      options: verticalNodeLabelOptions(item, labelX, cy, labelWidth, {
        x1: nodeX + nodeHitRadius,
        y1: cy,
      }),
    });
  });
  const bottom = Math.max(r0, r1, cursor);
  const bounds = { x: 0, y: top - m.lineHeight, width, height: bottom - top + m.lineHeight * 4 };
  const placed = placeLabels(requests, bounds, m.labelGap, obstacles);
  for (const mark of nodeMarks) mark.label = placed.get(mark.item.id) ?? null;
  const labelBottom = Math.max(
    bottom,
    ...nodeMarks.map((mark) => (mark.label ? mark.label.box.y + mark.label.box.height : 0)),
  );

  const ordered = [...marks.keys()]
    .sort(
      (a, b) =>
        sortKey.get(a)! - sortKey.get(b)! ||
        (columnRank.get(a) ?? 0) - (columnRank.get(b) ?? 0) ||
        a - b,
    )
    .map((index) => marks.get(index)!);
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
    marks: ordered,
  };
}
