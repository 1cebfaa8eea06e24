import type { ScaleTime } from 'd3-scale';
import { boxInside, nodeHitBox, spansOverlap, spanWithin, type Box } from './box-geometry';
import {
  isBandItem,
  type BandItem,
  type TimelineItem,
  type WorkProjectItem,
} from './timeline-item';
import type {
  BandMark,
  BlockMark,
  LabelLine,
  LabelOption,
  NodeMark,
  TimelineLabel,
} from './timeline-layout-types';
import { nodeHitRadius, timelineMetrics as m } from './timeline-metrics';
import { estimateTextWidth, shortenText, wrapText } from './text-fitting';

/**
 * Where a label goes when its band is too narrow to hold it at the whole view: before the band
 * (earlier in time, to its left) or, where the chart has no room there, after it.
 */
export type LabelSide = 'before' | 'after';

/** A band's or block's place in its horizontal row, as far as its label needs it. */
interface RowPlace {
  top: number;
  /** How many label lines the row has room for. */
  lines: number;
  /** Set when the label goes beside the band (see LabelSide), not inside it. */
  besideLabel: LabelSide | null;
}

/** A mark whose label `placeLabels` chooses, with what the rule needs to know of its place. */
export type LabelRequest =
  /** A horizontal band or block, drawn from x0 to x1 in its row. */
  | { mark: BandMark | BlockMark; x0: number; x1: number; row: RowPlace }
  /** A horizontal node. */
  | { mark: NodeMark; column?: undefined }
  /** A vertical node, its label in the label column from `column.x`, `column.room` px wide. */
  | { mark: NodeMark; column: { x: number; room: number; from: { x1: number; y1: number } } };

/**
 * Gives each mark of one view its label (sets `mark.label`), by one rule. A band's or block's label
 * sits inside the part of it in view, wrapped to a few lines and cut with an ellipsis after its last
 * whole word; where the rows made room beside a band too narrow for it (`besideLabelSides`), it sits
 * there instead, unless it fits inside at this zoom. A node's label sits beside its node (right, then
 * left), else on a line below it with a leader (horizontal), or in the label column level with it,
 * else a few lines away (vertical); a long name is shortened to 24, then 12 characters. Earlier
 * requests win, and no node's label covers another label, a band, a block or a node's hit target.
 * `shapes` are the bands and blocks to keep clear of, as far as they are in view.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  view: { width: number; bounds: Box; shapes: readonly Box[] },
): void {
  const obstacles = [...view.shapes];
  const nodeRequests: OptionRequest<TimelineLabel>[] = [];
  const nodeMarks: NodeMark[] = [];
  for (const request of requests) {
    if ('row' in request) {
      const { mark, x0, x1, row } = request;
      mark.label = rectLabel(mark, row, { x0, x1, width: view.width });
      if (
        mark.label &&
        !spanWithin(mark.label.box.x, mark.label.box.x + mark.label.box.width, x0, x1)
      )
        obstacles.push(mark.label.box);
      continue;
    }
    const { mark, column } = request;
    obstacles.push(nodeHitBox(mark.cx, mark.cy));
    nodeMarks.push(mark);
    nodeRequests.push({
      id: mark.item.id,
      ...(column
        ? {
            options: verticalNodeLabelOptions(
              mark.item,
              column.x,
              mark.cy,
              column.room,
              column.from,
            ),
          }
        : horizontalNodeLabelOptions(mark.item, mark.cx, mark.cy)),
    });
  }
  const placed = chooseLabelOptions(nodeRequests, view.bounds, m.labelGap, obstacles);
  for (const mark of nodeMarks) mark.label = placed.get(mark.item.id) ?? null;
}

/**
 * What a band's or block's label says in `room` px, in at most `maxLines` lines: a band's name
 * (bold) then its detail, a block's name, each wrapped (see bandLines). The rows and the label
 * column size their boxes by it, so that a box holds the label `placeLabels` puts in it.
 */
export function labelLines(
  item: BandItem | WorkProjectItem,
  room: number,
  maxLines?: number,
): LabelLine[] {
  if (room < m.minLabelRoom) return [];
  return isBandItem(item)
    ? bandLines(item, room, maxLines ?? Infinity)
    : nameLines(item.name, room, maxLines ?? m.blockMaxLines);
}

/** A label of `lines` with its top left corner at (x, y), its box as wide as its widest line. */
export function labelAt(x: number, y: number, lines: LabelLine[]): TimelineLabel {
  const width = Math.max(0, ...lines.map((l) => estimateTextWidth(l.text, l.size, l.bold)));
  const box: Box = { x, y, width, height: lines.length * m.lineHeight };
  return { box, lines };
}

/**
 * For the bands of one row, each drawn from x0 to x1 at the whole view: where the label of each band
 * too narrow to hold it goes (narrower than minWrapRoom, or too narrow for its whole name), taken
 * left to right: before it where the row is free there, else after it. A band with no free room
 * beside it keeps its label inside, cut short. Labels never add a row.
 */
export function besideLabelSides<Key>(
  bands: readonly { key: Key; item: TimelineItem; x0: number; x1: number }[],
  width: number,
): Map<Key, LabelSide> {
  const besideReach = m.besideLabelWidth + m.labelGap;
  const sides = new Map<Key, LabelSide>();
  let freeFrom = 0;
  bands.forEach(({ key, item, x0, x1 }, position) => {
    const next = bands[position + 1];
    const freeTo = next === undefined ? width : next.x0;
    let end = x1;
    const room = x1 - x0 - 2 * m.bandPadX;
    if (room < m.minWrapRoom || (isBandItem(item) && !bandHoldsName(item, room))) {
      if (x0 - besideReach >= freeFrom) sides.set(key, 'before');
      else if (x1 + besideReach <= freeTo) {
        sides.set(key, 'after');
        end = x1 + besideReach;
      }
    }
    freeFrom = Math.max(freeFrom, end);
  });
  return sides;
}

/**
 * How tall a lane's row of nodes is: the row itself, or, where labels drop below their nodes at the
 * whole view (`scale`), as far down as the lowest of them reaches. Labels are placed as the chart
 * places them, so the row holds exactly what it shows and no more.
 */
export function nodeRowHeight(
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
  const placed = chooseLabelOptions(requests, bounds, m.labelGap, obstacles);
  const bottoms = [...placed.values()].map(({ box }) => box.y + box.height);
  return Math.max(m.nodeRowHeight, ...bottoms);
}

/**
 * A band's or block's label: inside the part of it in view, or, where the rows made room beside a
 * band too narrow to hold it (see LabelSide), there, unless it fits inside at this zoom or would
 * fall out of view.
 */
function rectLabel(
  mark: BandMark | BlockMark,
  row: RowPlace,
  { x0, x1, width }: { x0: number; x1: number; width: number },
): TimelineLabel | null {
  const [padX, padY] =
    mark.shape === 'band' ? [m.bandPadX, m.bandPadY] : [m.blockPadX, m.blockPadY];
  const visibleX0 = Math.max(x0, 0);
  const room = Math.min(x1, width) - visibleX0 - 2 * padX;
  const top = row.top + padY;
  if (row.besideLabel) {
    const beside = labelAt(0, top, labelLines(mark.item, m.besideLabelWidth, row.lines));
    const x = row.besideLabel === 'before' ? x0 - m.labelGap - beside.box.width : x1 + m.labelGap;
    if (room < beside.box.width && x >= 0 && x + beside.box.width <= width)
      return { ...beside, box: { ...beside.box, x }, alignEnd: row.besideLabel === 'before' };
  }
  const lines = labelLines(mark.item, room, row.lines);
  return lines.length ? labelAt(visibleX0 + padX, top, lines) : null;
}

/**
 * A band's label in `room` px: its name (bold), then its detail, each wrapped to a few lines. A name
 * cut short leaves out the detail, so that what shows still reads as the start of the mark's name.
 */
function bandLines(item: BandItem, room: number, maxLines: number): LabelLine[] {
  const name = wrapText(item.name, room, m.nameSize, true, Math.min(m.bandMaxNameLines, maxLines));
  const detailRoom = isWhole(item.name, name)
    ? Math.min(m.bandMaxDetailLines, maxLines - name.length)
    : 0;
  const detail = detailRoom > 0 ? wrapText(item.detail, room, m.detailSize, false, detailRoom) : [];
  const nameLines = name.map((text, index) => ({
    ...line(text, true, m.nameSize),
    spaceAfter: index < name.length - 1 ? spaced(item.name, name, index) : detail.length > 0,
  }));
  const detailLines = detail.map((text, index) => ({
    ...line(text, false, m.detailSize),
    spaceAfter: index < detail.length - 1 && spaced(item.detail, detail, index),
  }));
  return [...nameLines, ...detailLines];
}

/** Whether a band's name shows whole in `room` px, in the lines a band's name may take. */
function bandHoldsName(item: BandItem, room: number): boolean {
  if (room < m.minLabelRoom) return false;
  return isWhole(item.name, wrapText(item.name, room, m.nameSize, true, m.bandMaxNameLines));
}

/** Whether `lines` hold all of `text`: it was not cut short. */
function isWhole(text: string, lines: readonly string[]): boolean {
  return lines.join('').replace(/\s/g, '') === text.replace(/\s/g, '');
}

/**
 * A name wrapped to `room` in at most `maxLines` lines, each line saying whether a space followed it
 * in the name, so that the lines read as the name again (a block's label, a node's).
 */
function nameLines(name: string, room: number, maxLines: number): LabelLine[] {
  const lines = wrapText(name, room, m.nameSize, false, maxLines);
  return lines.map((text, index) => ({
    ...line(text, false, m.nameSize),
    spaceAfter: index < lines.length - 1 && spaced(name, lines, index),
  }));
}

function line(text: string, bold: boolean, size: number): LabelLine {
  return { text, bold, size };
}

/** Whether `text`, wrapped into `lines`, has a space where line `index` ends. */
function spaced(text: string, lines: readonly string[], index: number): boolean {
  let at = 0;
  for (const part of lines.slice(0, index + 1)) {
    const found = text.indexOf(part, at);
    if (found === -1) return true;
    at = found + part.length;
  }
  return /\s/.test(text[at] ?? '');
}

interface NodeText {
  width: number;
  lines: LabelLine[];
}

const nodeTextsCache = new WeakMap<TimelineItem, [NodeText, ...NodeText[]]>();

/** A node's name, then shortened to 24 and to 12 characters, with their widths: the same at every zoom. */
function nodeTexts(item: TimelineItem): [NodeText, ...NodeText[]] {
  let texts = nodeTextsCache.get(item);
  if (!texts) {
    const [full, ...shorter] = [
      ...new Set([item.name, shortenText(item.name, 24), shortenText(item.name, 12)]),
    ].map((text) => nodeText(text));
    texts = [full ?? nodeText(item.name), ...shorter];
    nodeTextsCache.set(item, texts);
  }
  return texts;
}

function nodeText(text: string): NodeText {
  return { width: estimateTextWidth(text, m.nameSize), lines: [line(text, false, m.nameSize)] };
}

/** A horizontal node's label options, longest text first, and the shortest text's (the minimal ones). */
function horizontalNodeLabelOptions(item: TimelineItem, cx: number, cy: number) {
  const texts = nodeTexts(item);
  return {
    options: (function* () {
      for (const text of texts) yield* nodeLabelPlaces(text, cx, cy);
    })(),
    minimal: nodeLabelPlaces(texts.at(-1) ?? texts[0], cx, cy),
  };
}

/**
 * Beside the node (right, then left), else on one of the lines below with a leader (starting at the
 * node, then ending at it); the leader's line is reserved, so no other label lies across it.
 */
function* nodeLabelPlaces(
  { width, lines }: NodeText,
  cx: number,
  cy: number,
): Generator<TimelineLabel> {
  const height = m.lineHeight;
  const beside = cy - height / 2;
  const offset = nodeHitRadius + m.labelGap;
  yield { box: { x: cx + offset, y: beside, width, height }, lines };
  yield { box: { x: cx - offset - width, y: beside, width, height }, lines };
  for (let row = 1; row <= m.nodeLabelRows; row += 1) {
    const y = cy + nodeHitRadius + m.labelGap + (row - 1) * m.nodeRowHeight;
    const leader = { x1: cx, y1: cy + m.nodeRadius, x2: cx, y2: y };
    // From a gap below the node's own target, which the line may leave but must not be kept from.
    const from = cy + nodeHitRadius + m.labelGap;
    const reserve = [{ x: cx - 1, y: from, width: 2, height: y - from }];
    yield { box: { x: cx - 2, y, width, height }, lines, leader, reserve };
    yield { box: { x: cx + 2 - width, y, width, height }, lines, leader, reserve };
  }
}

/** How far, in lines, a node's label may move from its node on the vertical layout, in preference order. */
const verticalShifts = [0, -1, 1, -2, 2, -3, 3];

/** A vertical node's label options in the label column: beside its node, else a few lines away. */
function verticalNodeLabelOptions(
  item: TimelineItem,
  x: number,
  cy: number,
  room: number,
  from: { x1: number; y1: number },
): TimelineLabel[] {
  if (room < m.minLabelRoom) return [];
  // Wrapped whole, never cut: the column has the lines to spare.
  const name = nameLines(item.name, room, Infinity);
  return verticalShifts.map((shift) => {
    const y = cy - m.lineHeight / 2 + shift * m.lineHeight;
    const leader = { ...from, x2: x - m.labelGap, y2: y + m.lineHeight / 2 };
    return { ...labelAt(x, y, name), leader };
  });
}

interface OptionRequest<Option extends LabelOption> {
  id: string;
  /**
   * In order of preference: the full label first, then shorter ones. An iterable, so that a generator
   * can make the options one at a time, only as far as they are needed.
   */
  options: Iterable<Option>;
  /**
   * Options such that every option's box contains one of theirs (the shortest text in each place). When
   * none of them is free, no option is, and the request is given up after checking these alone.
   */
  minimal?: Iterable<LabelOption>;
}

const cellSize = 64;

/**
 * Chooses for each label the first option that overlaps no label placed before it and lies inside
 * `bounds`, or none: earlier requests win. `obstacles` (the nodes) are avoided like labels. The
 * result is a set of boxes of which no two intersect. A grid of cells keeps each check local, so a
 * thousand labels cost about a thousand checks.
 */
export function chooseLabelOptions<Option extends LabelOption>(
  requests: readonly OptionRequest<Option>[],
  bounds: Box,
  gap = 4,
  obstacles: readonly Box[] = [],
): Map<string, Option> {
  const placed = new Map<string, Option>();
  // A number per cell (offset to stay positive) is cheaper than a string key.
  const cells = new Map<number, Box[]>();
  const cell = (x: number) => Math.floor(x / cellSize) + 4096;

  const occupy = (box: Box) => {
    for (let cx = cell(box.x); cx <= cell(box.x + box.width); cx += 1) {
      for (let cy = cell(box.y); cy <= cell(box.y + box.height); cy += 1) {
        const list = cells.get(cx * 65536 + cy);
        if (list) list.push(box);
        else cells.set(cx * 65536 + cy, [box]);
      }
    }
  };
  obstacles.forEach(occupy);

  /** Whether `box`, grown by the gap, lies inside the bounds and clear of every placed box. */
  const isFree = (box: Box) => {
    if (!boxInside(box, bounds)) return false;
    const x0 = box.x - gap;
    const x1 = box.x + box.width + gap;
    const y0 = box.y - gap;
    const y1 = box.y + box.height + gap;
    for (let cx = cell(x0); cx <= cell(x1); cx += 1) {
      for (let cy = cell(y0); cy <= cell(y1); cy += 1) {
        for (const other of cells.get(cx * 65536 + cy) ?? []) {
          if (
            spansOverlap(x0, x1, other.x, other.x + other.width) &&
            spansOverlap(y0, y1, other.y, other.y + other.height)
          )
            return false;
        }
      }
    }
    return true;
  };

  const isFreeOption = (option: LabelOption) =>
    isFree(option.box) && (option.reserve ?? []).every(isFree);

  for (const request of requests) {
    if (request.minimal && !some(request.minimal, isFreeOption)) continue;
    for (const option of request.options) {
      if (!isFreeOption(option)) continue;
      occupy(option.box);
      option.reserve?.forEach(occupy);
      placed.set(request.id, option);
      break;
    }
  }
  return placed;
}

function some<T>(values: Iterable<T>, test: (value: T) => boolean): boolean {
  for (const value of values) if (test(value)) return true;
  return false;
}
