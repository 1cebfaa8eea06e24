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
  const { rows, height } = horizontalRows(items);
  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = new Array(items.length);
  const requests: LabelRequest<TimelineLabel>[] = [];
  const obstacles: Box[] = [];

  for (const row of rows) {
    for (const { index, top } of row.bands) {
      const item = items[index]!;
      const x0 = scale(item.start);
      const x1 = scale(item.end);
      const visibleX0 = Math.max(x0, 0);
      const visibleX1 = Math.min(x1, width);
      const visible = x1 > 0 && x0 < width;
      marks[index] = {
        item,
        shape: 'band',
        x: x0,
        y: top,
        width: Math.max(x1 - x0, 2),
        height: m.bandHeight,
        cx: visibleX0,
        cy: top + m.bandHeight / 2,
        visible,
        label: null,
      };
      if (visible)
        requests.push({
          id: item.id,
          options: bandLabelOptions(item, visibleX0 + 8, top + 5, visibleX1 - visibleX0 - 14),
        });
    }
    const cy = row.nodeY;
    for (const index of row.nodes) {
      const item = items[index]!;
      const cx = scale(item.anchor);
      const x0 = scale(item.start);
      const visible = cx >= 0 && cx <= width;
      marks[index] = {
        item,
        shape: 'node',
        x: x0,
        y: cy,
        width: scale(item.end) - x0,
        height: 0,
        cx,
        cy,
        visible,
        label: null,
      };
      if (!visible) continue;
      const texts = nodeTexts(item);
      obstacles.push(nodeBox(cx, cy));
      requests.push({
        id: item.id,
        options: nodeLabelOptionsHorizontal(texts, cx, cy),
        minimal: nodeLabelPlaces(texts.at(-1)!, cx, cy),
      });
    }
    lanes.push({ ...row.lane, title: laneTitles[row.lane.id] });
  }

  const placed = placeLabels(requests, { x: 0, y: 0, width, height }, m.labelGap, obstacles);
  for (const mark of marks) mark.label = placed.get(mark.item.id) ?? null;
  const ticks = chooseTicks(scale, 64)
    .filter((tick) => tick.position >= 0 && tick.position <= width - 40)
    .map((tick) => ({ ...tick, label: formatTick(tick) }));
  return { orientation: 'horizontal', width, height, lanes, ticks, marks };
}

interface HorizontalRows {
  rows: {
    lane: Omit<TimelineLane, 'title'>;
    bands: { index: number; top: number }[];
    /** The node row's centre line, and the nodes on it. */
    nodeY: number;
    nodes: number[];
  }[];
  height: number;
}

/** Zooming moves nothing across the time axis, so each list of items is stacked into rows once. */
const horizontalRowsCache = new WeakMap<readonly TimelineItem[], HorizontalRows>();

/**
 * The lanes of the horizontal chart, top to bottom, with each band's top (overlapping periods stack
 * in rows) and the line of the lane's nodes. Indexes refer to `items`.
 */
function horizontalRows(items: readonly TimelineItem[]): HorizontalRows {
  const cached = horizontalRowsCache.get(items);
  if (cached) return cached;
  const m = timelineMetrics;
  const rowOf = rowsWithinLanes(items);
  const rows: HorizontalRows['rows'] = [];
  let y = m.axisSize;
  for (const id of laneOrder) {
    const indexes = items.flatMap((item, index) => (item.lane === id ? [index] : []));
    if (indexes.length === 0) continue;
    const from = y;
    const titleAt = { x: 0, y: y + 15 };
    y += m.laneTitleSize;
    const bandIndexes = indexes.filter((index) => isBand(items[index]!));
    const nodes = indexes.filter((index) => !isBand(items[index]!));
    const bands = bandIndexes.map((index) => ({
      index,
      top: y + rowOf[index]! * (m.bandHeight + m.rowGap),
    }));
    const bandRows = bandIndexes.length ? Math.max(...bandIndexes.map((i) => rowOf[i]!)) + 1 : 0;
    y += bandRows * (m.bandHeight + m.rowGap);
    const nodeY = y + m.nodeRowHeight / 2;
    if (nodes.length > 0) y += m.nodeRowHeight * 4;
    rows.push({ lane: { id, titleAt, from, to: y }, bands, nodeY, nodes });
    y += m.rowGap * 2;
  }
  const result = { rows, height: y };
  horizontalRowsCache.set(items, result);
  return result;
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
      // Beside its node if there is room, else a line or two above or below, its leader pointing back.
      const from = { x1: nodeX + m.nodeRadius, y1: cy };
      requests.push({
        id: item.id,
        options: nodeLabelShifts.flatMap((lines) =>
          columnLabelOptions(item, labelX, cy - 8 + lines * m.lineHeight, labelWidth, from),
        ),
      });
    }
  }

  const obstacles = marks.flatMap((mark) =>
    mark.shape === 'node' ? [nodeBox(mark.cx, mark.cy)] : [],
  );
  const bounds = { x: 0, y: top - m.lineHeight, width, height: height - top + m.lineHeight * 2 };
  const placed = placeLabels(requests, bounds, m.labelGap, obstacles);
  for (const mark of marks) mark.label = placed.get(mark.item.id) ?? null;
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

interface NodeText {
  width: number;
  lines: TimelineLabel['lines'];
}

const nodeTextsCache = new WeakMap<TimelineItem, NodeText[]>();

/** A node's name, then shortened to 24 and to 12 characters, with their widths: the same at every zoom. */
function nodeTexts(item: TimelineItem): NodeText[] {
  let texts = nodeTextsCache.get(item);
  if (!texts) {
    const size = timelineMetrics.nameSize;
    texts = [...new Set([item.name, shorten(item.name, 24), shorten(item.name, 12)])].map(
      (text) => ({
        width: estimateTextWidth(text, size),
        lines: [line(text, false, size)],
      }),
    );
    nodeTextsCache.set(item, texts);
  }
  return texts;
}

/** Each of a node's texts in each of its places, longest text first. */
function* nodeLabelOptionsHorizontal(
  texts: readonly NodeText[],
  cx: number,
  cy: number,
): Generator<TimelineLabel> {
  for (const text of texts) yield* nodeLabelPlaces(text, cx, cy);
}

/**
 * Beside the node (right, then left), else on one of the three lines below with a leader (starting at
 * the node, then ending at it).
 */
function* nodeLabelPlaces(
  { width, lines }: NodeText,
  cx: number,
  cy: number,
): Generator<TimelineLabel> {
  const m = timelineMetrics;
  const height = m.lineHeight;
  const beside = cy - m.lineHeight / 2;
  yield { box: { x: cx + m.nodeRadius + 5, y: beside, width, height }, lines };
  yield { box: { x: cx - m.nodeRadius - 5 - width, y: beside, width, height }, lines };
  for (let y = cy + m.nodeRowHeight - 4, row = 0; row < 3; row += 1, y += m.nodeRowHeight) {
    const leader = { x1: cx, y1: cy + m.nodeRadius, x2: cx, y2: y + 2 };
    yield { box: { x: cx - 2, y, width, height }, lines, leader };
    yield { box: { x: cx + 2 - width, y, width, height }, lines, leader };
  }
}

/** The square a node's dot takes: an obstacle to every label. */
function nodeBox(cx: number, cy: number): Box {
  const r = timelineMetrics.nodeRadius;
  return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
}

/** In the label column: name and detail, else the name, else its start. */
/** How far, in lines, a node's label may move from its node on the vertical layout, in preference order. */
const nodeLabelShifts = [0, -1, 1, -2, 2, -3, 3];

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
