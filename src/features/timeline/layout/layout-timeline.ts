import type { ScaleTime } from 'd3-scale';
import { assignRows } from './assign-rows';
import { chooseTicks, type Tick } from './choose-ticks';
import { estimateTextWidth } from './estimate-text-width';
import { placeLabels, type Box, type LabelOption, type LabelRequest } from './place-labels';
import type { LaneId, TimelineItem } from './timeline-item';
import { truncateText } from './truncate-text';
import { wrapText } from './wrap-text';

export type Orientation = 'horizontal' | 'vertical';

/** Type sizes (px) and the grid; the CSS uses the same sizes. */
export const timelineMetrics = {
  nameSize: 13,
  detailSize: 12,
  lineHeight: 16,
  axisSize: 32,
  laneTitleSize: 24,
  bandHeight: 40,
  rowGap: 6,
  nodeRadius: 6,
  nodeRowHeight: 22,
  labelGap: 4,
  /** Vertical layout: the tick gutter, the band and node columns, where labels start. */
  gutter: 48,
  bandColumnWidth: 12,
  columnGap: 6,
} as const;

export interface TimelineLabel extends LabelOption {
  lines: { text: string; bold: boolean; size: number }[];
  /** A line from the mark to a label that sits away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface TimelineMark {
  item: TimelineItem;
  shape: 'band' | 'node';
  /** The band's rectangle, or the node's span line, in px. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The node's centre, or the band's label anchor. */
  cx: number;
  cy: number;
  /** Whether any part of the mark is inside the visible area. */
  visible: boolean;
  label: TimelineLabel | null;
}

export interface TimelineLane {
  id: LaneId;
  title: string;
  /** The lane title's position; null where the layout has no room for titles. */
  titleAt: { x: number; y: number } | null;
  /** The extent across the time axis (y in horizontal, x in vertical). */
  from: number;
  to: number;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  lanes: TimelineLane[];
  ticks: (Tick & { label: string })[];
  /** In chronological order: the keyboard's order. */
  marks: TimelineMark[];
}

export interface LayoutInput {
  items: readonly TimelineItem[];
  /** Maps time to px along the time axis: x in horizontal, y in vertical. */
  scale: ScaleTime<number, number>;
  orientation: Orientation;
  width: number;
  laneTitles: Record<LaneId, string>;
  formatTick: (tick: Tick) => string;
}

const laneOrder: readonly LaneId[] = ['education', 'work', 'open-source'];

/**
 * Positions every lane, band, node, tick and label for one view of the timeline. Pure: the same
 * input gives the same layout, on a server or in a browser, and no two labels it shows overlap.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  return input.orientation === 'horizontal' ? layoutHorizontal(input) : layoutVertical(input);
}

function layoutHorizontal({
  items,
  scale,
  width,
  laneTitles,
  formatTick,
}: LayoutInput): TimelineLayout {
  const m = timelineMetrics;
  const rows = rowsWithinLanes(items);
  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = new Array(items.length);
  const requests: LabelRequest<TimelineLabel>[] = [];
  let y = m.axisSize;

  for (const lane of laneOrder) {
    const indexes = items.flatMap((item, index) => (item.lane === lane ? [index] : []));
    if (indexes.length === 0) continue;
    const from = y;
    const titleAt = { x: 0, y: y + 15 };
    y += m.laneTitleSize;

    const bandIndexes = indexes.filter((index) => isBand(items[index]!));
    const nodeIndexes = indexes.filter((index) => !isBand(items[index]!));
    const bandRows = bandIndexes.length
      ? Math.max(...bandIndexes.map((index) => rows[index]!)) + 1
      : 0;
    for (const index of bandIndexes) {
      const item = items[index]!;
      const top = y + rows[index]! * (m.bandHeight + m.rowGap);
      const x0 = scale(item.start);
      const x1 = scale(item.end);
      const visibleX0 = Math.max(x0, 0);
      const visibleX1 = Math.min(x1, width);
      marks[index] = {
        item,
        shape: 'band',
        x: x0,
        y: top,
        width: Math.max(x1 - x0, 2),
        height: m.bandHeight,
        cx: visibleX0,
        cy: top + m.bandHeight / 2,
        visible: x1 > 0 && x0 < width,
        label: null,
      };
      requests.push({
        id: item.id,
        options: bandLabelOptions(item, visibleX0 + 8, top + 5, visibleX1 - visibleX0 - 14),
      });
    }
    y += bandRows * (m.bandHeight + m.rowGap);

    if (nodeIndexes.length > 0) {
      const cy = y + m.nodeRowHeight / 2;
      for (const index of nodeIndexes) {
        const item = items[index]!;
        const cx = scale(item.anchor);
        const x0 = scale(item.start);
        const x1 = scale(item.end);
        marks[index] = {
          item,
          shape: 'node',
          x: x0,
          y: cy,
          width: x1 - x0,
          height: 0,
          cx,
          cy,
          visible: cx >= 0 && cx <= width,
          label: null,
        };
        requests.push({ id: item.id, options: nodeLabelOptionsHorizontal(item, cx, cy) });
      }
      y += m.nodeRowHeight * 4;
    }
    lanes.push({ id: lane, title: laneTitles[lane], titleAt, from, to: y });
    y += m.rowGap * 2;
  }

  const height = y;
  assignLabels(marks, requests, { x: 0, y: 0, width, height });
  const ticks = chooseTicks(scale, 64)
    .filter((tick) => tick.position >= 0 && tick.position <= width - 40)
    .map((tick) => ({ ...tick, label: formatTick(tick) }));
  return { orientation: 'horizontal', width, height, lanes, ticks, marks };
}

function layoutVertical({
  items,
  scale,
  width,
  laneTitles,
  formatTick,
}: LayoutInput): TimelineLayout {
  const m = timelineMetrics;
  // One set of band columns for all lanes (school and jobs follow each other), one node column.
  const bandIndexes = items.flatMap((item, index) => (isBand(item) ? [index] : []));
  const bandRows = assignRows(bandIndexes.map((index) => items[index]!));
  const rowOf = new Map(bandIndexes.map((index, position) => [index, bandRows[position]!]));
  const bandColumns = Math.max(0, ...bandRows) + 1;
  const marks: TimelineMark[] = new Array(items.length);
  const requests: LabelRequest<TimelineLabel>[] = [];
  const nodeX = m.gutter + bandColumns * (m.bandColumnWidth + m.columnGap) + m.nodeRadius;
  const x = nodeX + m.nodeRadius;
  const lanes: TimelineLane[] = laneOrder
    .filter((lane) => items.some((item) => item.lane === lane))
    .map((lane) => ({ id: lane, title: laneTitles[lane], titleAt: null, from: m.gutter, to: x }));
  const labelX = x + 10;
  const labelWidth = width - labelX - 4;
  const [top, bottom] = scale.range() as [number, number];
  const height = bottom + m.lineHeight * 2;

  // Bands' labels first (they frame the rest), then nodes', each in time order.
  const order = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Number(isBand(b.item)) - Number(isBand(a.item)));
  for (const { item, index } of order) {
    const start = scale(item.start);
    const end = scale(item.end);
    if (isBand(item)) {
      const bandX = m.gutter + rowOf.get(index)! * (m.bandColumnWidth + m.columnGap);
      marks[index] = {
        item,
        shape: 'band',
        x: bandX,
        y: start,
        width: m.bandColumnWidth,
        height: Math.max(end - start, 2),
        cx: bandX + m.bandColumnWidth / 2,
        cy: start,
        visible: true,
        label: null,
      };
      requests.push({
        id: item.id,
        options: columnLabelOptions(item, labelX, start, labelWidth, {
          x1: bandX + m.bandColumnWidth,
          y1: start + 8,
        }),
      });
    } else {
      const cy = scale(item.anchor);
      marks[index] = {
        item,
        shape: 'node',
        x: nodeX,
        y: start,
        width: 0,
        height: end - start,
        cx: nodeX,
        cy,
        visible: true,
        label: null,
      };
      requests.push({
        id: item.id,
        options: columnLabelOptions(item, labelX, cy - 8, labelWidth, {
          x1: nodeX + m.nodeRadius,
          y1: cy,
        }),
      });
    }
  }

  assignLabels(marks, requests, {
    x: 0,
    y: top - m.lineHeight,
    width,
    height: height - top + m.lineHeight * 2,
  });
  const ticks = chooseTicks(scale, 72).map((tick) => ({ ...tick, label: formatTick(tick) }));
  return { orientation: 'vertical', width, height, lanes, ticks, marks };
}

/** Each band's row within its lane, so that overlapping periods stack instead of covering each other. */
function rowsWithinLanes(items: readonly TimelineItem[]): number[] {
  const rows = new Array<number>(items.length).fill(0);
  for (const lane of laneOrder) {
    const indexes = items.flatMap((item, index) =>
      item.lane === lane && isBand(item) ? [index] : [],
    );
    assignRows(indexes.map((index) => items[index]!)).forEach((row, position) => {
      rows[indexes[position]!] = row;
    });
  }
  return rows;
}

function isBand(item: TimelineItem): boolean {
  return item.kind === 'education' || item.kind === 'employer';
}

/** Inside the band: name and role, else the name, else as much of the name as fits. */
function* bandLabelOptions(
  item: TimelineItem,
  x: number,
  y: number,
  room: number,
): Generator<TimelineLabel> {
  const m = timelineMetrics;
  if (room < 16) return;
  const name = truncateText(item.name, room, m.nameSize, true);
  const detail = truncateText(item.detail, room, m.detailSize);
  if (name === item.name && detail) {
    yield label(x, y, [line(name, true, m.nameSize), line(detail, false, m.detailSize)]);
  }
  if (name) yield label(x, y, [line(name, true, m.nameSize)]);
}

/**
 * Beside the node (right, then left), else on one of the three lines below with a leader (starting at
 * the node, then ending at it), else the same places with a shortened name.
 */
function* nodeLabelOptionsHorizontal(
  item: TimelineItem,
  cx: number,
  cy: number,
): Generator<TimelineLabel> {
  const m = timelineMetrics;
  const size = m.nameSize;
  const texts = [item.name, shorten(item.name, 24), shorten(item.name, 12)];
  for (const text of new Set(texts)) {
    const width = estimateTextWidth(text, size);
    const row = (y: number, x: number): TimelineLabel => ({
      ...label(x, y, [line(text, false, size)]),
      leader: { x1: cx, y1: cy + m.nodeRadius, x2: cx, y2: y + 2 },
    });
    const below = cy + m.nodeRowHeight - 4;
    const further = below + m.nodeRowHeight;
    const furthest = further + m.nodeRowHeight;
    yield label(cx + m.nodeRadius + 5, cy - m.lineHeight / 2, [line(text, false, size)]);
    yield label(cx - m.nodeRadius - 5 - width, cy - m.lineHeight / 2, [line(text, false, size)]);
    for (const y of [below, further, furthest]) {
      yield row(y, cx - 2);
      yield row(y, cx + 2 - width);
    }
  }
}

/** In the label column: name and detail, else the name, else its start. */
function columnLabelOptions(
  item: TimelineItem,
  x: number,
  y: number,
  room: number,
  from: { x1: number; y1: number },
): TimelineLabel[] {
  const m = timelineMetrics;
  const leader = { ...from, x2: x - 3, y2: y + 8 };
  if (room < 24) return [];
  const name = wrapText(item.name, room, m.nameSize, true, 2).map((text) =>
    line(text, true, m.nameSize),
  );
  const oneLine = truncateText(item.name, room, m.nameSize, true);
  const detail = isBand(item) ? truncateText(item.detail, room, m.detailSize) : null;
  const options: TimelineLabel[] = [];
  if (detail)
    options.push({ ...label(x, y, [...name, line(detail, false, m.detailSize)]), leader });
  options.push({ ...label(x, y, name), leader });
  if (oneLine) options.push({ ...label(x, y, [line(oneLine, true, m.nameSize)]), leader });
  return options;
}

function shorten(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars
    ? text
    : `${chars
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`;
}

function line(text: string, bold: boolean, size: number) {
  return { text, bold, size };
}

function label(x: number, y: number, lines: TimelineLabel['lines']): TimelineLabel {
  const width = Math.max(...lines.map((l) => estimateTextWidth(l.text, l.size, l.bold)));
  const box: Box = { x, y, width, height: lines.length * timelineMetrics.lineHeight };
  return { box, lines };
}

/** Places the labels of the visible marks; nodes are obstacles, so no label runs over one. */
function assignLabels(marks: TimelineMark[], requests: LabelRequest<TimelineLabel>[], bounds: Box) {
  const r = timelineMetrics.nodeRadius;
  const markById = new Map(marks.map((mark) => [mark.item.id, mark]));
  const obstacles: Box[] = marks
    .filter((mark) => mark.shape === 'node' && mark.visible)
    .map((mark) => ({ x: mark.cx - r, y: mark.cy - r, width: 2 * r, height: 2 * r }));
  const visibleRequests = requests.filter((request) => markById.get(request.id)?.visible);
  const placed = placeLabels(visibleRequests, bounds, timelineMetrics.labelGap, obstacles);
  for (const mark of marks) mark.label = placed.get(mark.item.id) ?? null;
}
