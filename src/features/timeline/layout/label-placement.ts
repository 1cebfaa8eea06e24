import type { TimeScale } from './create-time-scale';
import { fitsClear, nodeHitBox, type Box } from './box-geometry';
import type { BandItem, NodeItem, TimelineItem, WorkProjectItem } from './timeline-item';
import type {
  BandMark,
  BlockMark,
  LabelLine,
  LabelOption,
  NodeMark,
  TimelineLabel,
} from './timeline-layout-types';
import { nodeHitRadius, timelineMetrics as m } from './timeline-metrics';

/**
 * Where a label goes when its band is too narrow to hold it at the whole view: before the band
 * (earlier in time, to its left) or, where the chart has no room there, after it.
 */
export type LabelSide = 'before' | 'after';

/**
 * A node's label texts (its name, then shortened to 24 and to 12 characters) with their widths, by
 * item, kept by a chart from one layout to the next: they are the same at every zoom, and making them
 * again for every node on every zoom frame costs about a quarter of a horizontal frame's layout. A
 * layout given none makes them afresh.
 */
export type NodeTextsCache = WeakMap<TimelineItem, readonly [NodeText, ...NodeText[]]>;

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
 * whole word; where the rows made room beside a band too narrow for it (`rowLabels`), it sits
 * there instead, unless it fits inside at this zoom. A node's label sits beside its node (right, then
 * left), else on a line below it with a leader (horizontal), or in the label column level with it,
 * else a few lines away (vertical); a long name is shortened to 24, then 12 characters. Earlier
 * requests win, and no node's label covers another label, a band, a block or a node's hit target.
 * `shapes` are the bands and blocks to keep clear of, as far as they are in view.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  view: { width: number; bounds: Box; shapes: readonly Box[]; nodeTexts?: NodeTextsCache },
): void {
  const obstacles = [...view.shapes];
  const nodeRequests: OptionRequest<TimelineLabel>[] = [];
  const nodeMarks: NodeMark[] = [];
  for (const request of requests) {
    if ('row' in request) {
      const { mark, x0, x1, row } = request;
      mark.label = rectLabel(mark, row, { x0, x1, width: view.width });
      // A label beside its band, or wider than it, keeps node labels off as its band does.
      if (mark.label) obstacles.push(mark.label.box);
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
        : horizontalNodeLabelOptions(mark.item, mark.cx, mark.cy, view.nodeTexts)),
    });
  }
  const placed = chooseLabelOptions(nodeRequests, view.bounds, m.labelGap, obstacles);
  for (const mark of nodeMarks) mark.label = placed.get(mark.item.id) ?? null;
}

/**
 * A band's or block's label in the vertical chart's label column, `width` px wide from x, starting at
 * y: a band's at (x, y), a block's inside its box. Returns the label, if any line of it fits, and how
 * tall its band's label area or its block is.
 */
export function columnLabel(
  item: BandItem | WorkProjectItem,
  x: number,
  y: number,
  width: number,
): { label: TimelineLabel | null; height: number } {
  if (item.kind === 'work-project') {
    const lines = labelLines(item, width - 2 * m.blockPadX);
    return {
      label: lines.length ? labelAt(x + m.blockPadX, y + m.blockPadY, lines) : null,
      height: boxHeightFor(lines.length, m.blockPadY),
    };
  }
  const lines = labelLines(item, width);
  const label = lines.length ? labelAt(x, y, lines) : null;
  return { label, height: Math.max(m.minTarget, label?.box.height ?? 0) };
}

/** One band of a horizontal row at the whole view, drawn from x0 to x1, and its blocks under it. */
export interface RowBand {
  index: number;
  item: BandItem;
  x0: number;
  x1: number;
  /** Each block's index and where it starts (its employer's start, x0). */
  blocks: readonly { index: number; item: WorkProjectItem; x0: number }[];
}

/** What the labels of a row need: each band's side, and each band's and block's lines and height. */
export interface RowLabels {
  /** For each band whose label goes beside it, by item index: the side (see besideLabelSides). */
  sides: Map<number, LabelSide>;
  /** The lines every band of the row has room for, and its bands' height. */
  bandLines: number;
  bandHeight: number;
  /** For each block, by item index: its lines and its height. */
  blocks: Map<number, { lines: number; height: number }>;
}

/**
 * Sizes the labels of one row of bands at the whole view: where each band's label goes (inside, or
 * beside it: besideLabelSides), and how many lines it and its blocks' labels take, wrapped to their
 * room. The bands of a row are as tall as the one whose label takes the most lines, and never
 * shorter than bandMinLines, so that bands line up; a block's label gets at most blockMaxLines.
 */
export function rowLabels(row: readonly RowBand[], width: number): RowLabels {
  const byStart = [...row].sort((a, b) => a.item.start.getTime() - b.item.start.getTime());
  const sides = besideLabelSides(byStart, width);
  // The row's bands are as tall as the one whose label takes the most lines.
  let bandLines = -Infinity;
  for (const { index, item, x0, x1 } of row) {
    const room = sides.has(index) ? m.besideLabelWidth : x1 - x0 - 2 * m.bandPadX;
    const lines = room >= m.minWrapRoom ? labelLines(item, room).length : 0;
    bandLines = Math.max(bandLines, Math.max(lines, m.bandMinLines));
  }
  const blocks = new Map<number, { lines: number; height: number }>();
  for (const { index: band, x1, blocks: bandBlocks } of row) {
    for (const { index, item, x0 } of bandBlocks) {
      const room = sides.has(band) ? m.besideLabelWidth : x1 - x0 - 2 * m.blockPadX;
      const lines = room >= m.minWrapRoom ? Math.max(labelLines(item, room).length, 1) : 1;
      blocks.set(index, { lines, height: boxHeightFor(lines, m.blockPadY) });
    }
  }
  return { sides, bandLines, bandHeight: boxHeightFor(bandLines, m.bandPadY), blocks };
}

/**
 * What a band's or block's label says in `room` px, in at most `maxLines` lines: a band's name
 * (bold) then its detail, a block's name, each wrapped (see bandLines).
 */
function labelLines(
  item: BandItem | WorkProjectItem,
  room: number,
  maxLines?: number,
): LabelLine[] {
  if (room < m.minLabelRoom) return [];
  return item.kind === 'work-project'
    ? nameLines(item.name, room, maxLines ?? m.blockMaxLines)
    : bandLines(item, room, maxLines ?? Infinity);
}

/** A label of `lines` with its top left corner at (x, y), its box as wide as its widest line. */
function labelAt(x: number, y: number, lines: LabelLine[]): TimelineLabel {
  const width = Math.max(0, ...lines.map((l) => estimateTextWidth(l.text, l.size, l.bold)));
  const box: Box = { x, y, width, height: lines.length * m.lineHeight };
  return { box, lines };
}

/** The height of a band or block holding `lines` lines of label, never below the target size. */
function boxHeightFor(lines: number, padY: number): number {
  return Math.max(m.minTarget, Math.max(lines, 1) * m.lineHeight + 2 * padY);
}

/**
 * For the bands of one row, each drawn from x0 to x1 at the whole view, left to right: where the
 * label of each band too narrow to hold it goes (narrower than minWrapRoom, or too narrow for its
 * whole name): before it where the row is free there, else after it. A band with no free room
 * beside it keeps its label inside, cut short. Labels never add a row.
 */
function besideLabelSides(
  bands: readonly { index: number; item: BandItem; x0: number; x1: number }[],
  width: number,
): Map<number, LabelSide> {
  const besideReach = m.besideLabelWidth + m.labelGap;
  const sides = new Map<number, LabelSide>();
  let freeFrom = 0;
  bands.forEach(({ index, item, x0, x1 }, position) => {
    const next = bands[position + 1];
    const freeTo = next === undefined ? width : next.x0;
    let end = x1;
    const room = x1 - x0 - 2 * m.bandPadX;
    if (room < m.minWrapRoom || !bandHoldsName(item, room)) {
      if (x0 - besideReach >= freeFrom) sides.set(index, 'before');
      else if (x1 + besideReach <= freeTo) {
        sides.set(index, 'after');
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
  nodes: readonly NodeItem[],
  scale: TimeScale,
  width: number,
  nodeTexts?: NodeTextsCache,
): number {
  if (nodes.length === 0) return 0;
  const cy = m.nodeRowHeight / 2;
  const marks: NodeMark[] = nodes.map((item) => ({
    shape: 'node',
    item,
    cx: scale(item.anchor),
    cy,
    span: [0, 0],
    visible: true,
    label: null,
  }));
  // The deepest a label may go: its last line below the node (see nodeLabelPlaces).
  const bounds = { x: 0, y: 0, width, height: m.nodeRowHeight * (1 + m.nodeLabelRows) };
  placeLabels(
    marks.map((mark) => ({ mark })),
    { width, bounds, shapes: [], nodeTexts },
  );
  const bottoms = marks.map(({ label }) => (label ? label.box.y + label.box.height : 0));
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

export interface NodeText {
  width: number;
  lines: LabelLine[];
}

/** A node's name, then shortened to 24 and to 12 characters, with their widths. */
function nodeTexts(item: TimelineItem, cache?: NodeTextsCache): readonly [NodeText, ...NodeText[]] {
  const cached = cache?.get(item);
  if (cached) return cached;
  const [full, ...shorter] = [
    ...new Set([item.name, shortenText(item.name, 24), shortenText(item.name, 12)]),
  ].map((text) => nodeText(text));
  const texts: readonly [NodeText, ...NodeText[]] = [full ?? nodeText(item.name), ...shorter];
  cache?.set(item, texts);
  return texts;
}

function nodeText(text: string): NodeText {
  return { width: estimateTextWidth(text, m.nameSize), lines: [line(text, false, m.nameSize)] };
}

/** A horizontal node's label options, longest text first, and the shortest text's (the minimal ones). */
function horizontalNodeLabelOptions(
  item: TimelineItem,
  cx: number,
  cy: number,
  cache: NodeTextsCache | undefined,
) {
  const texts = nodeTexts(item, cache);
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
  // One label, measured once, moved to each line it may take.
  const beside = labelAt(x, cy - m.lineHeight / 2, name);
  return verticalShifts.map((shift) => {
    const y = cy - m.lineHeight / 2 + shift * m.lineHeight;
    const leader = { ...from, x2: x - m.labelGap, y2: y + m.lineHeight / 2 };
    return { box: { ...beside.box, y }, lines: beside.lines, leader };
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

  /** Whether `box` lies inside the bounds and `gap` px clear of every placed box. */
  const isFree = (box: Box) => {
    for (let cx = cell(box.x - gap); cx <= cell(box.x + box.width + gap); cx += 1) {
      for (let cy = cell(box.y - gap); cy <= cell(box.y + box.height + gap); cy += 1) {
        if (!fitsClear(box, bounds, gap, cells.get(cx * 65536 + cy) ?? [])) return false;
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

// Text fitting: a label's text measured, wrapped and cut without measuring anything on screen.

/**
 * A generous estimate of a string's rendered width in px, from its characters alone, so that layout
 * needs no measuring and runs the same on a server. It errs wide: a label that fits by this estimate
 * fits on screen, so two labels judged apart never touch.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      ems += asciiEms[code] ?? 0;
    } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1))) {
      ems += charWidth(text.slice(at, at + 2));
      at += 1;
    } else {
      ems += charWidth(text.charAt(at));
    }
  }
  return emsToPx(ems, fontSize, bold);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Converts a width in ems to px, with the margin that makes the estimate err wide. */
function emsToPx(ems: number, fontSize: number, bold = false): number {
  return Math.ceil(ems * fontSize * (bold ? 1.08 : 1) * 1.06);
}

/**
 * charWidth for each ASCII character, by its code: a table built once from the rule, so that
 * measuring the Latin labels measured on every zoom frame costs a lookup per character.
 */
const asciiEms = Array.from({ length: 128 }, (_, code) => charWidth(String.fromCharCode(code)));

/** The estimated width of one character, in ems. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // CJK ideographs, kana, Hangul and full-width forms take a full em.
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3000 && code <= 0x303f)
  ) {
    return 1;
  }
  if (" ilj.,:;'|!()[]".includes(char)) return 0.32;
  if ('ftrI'.includes(char)) return 0.4;
  if ('mwMW@'.includes(char)) return 0.92;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= '0' && char <= '9') return 0.6;
  return 0.58;
}

/**
 * `text` if it fits `maxWidth`, else its longest start that fits with an ellipsis, cut between
 * words (`cutText`); null if not even its first word does.
 */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string | null {
  const chars = [...text];
  let ems = 0;
  for (const char of chars) ems += charWidth(char);
  if (emsToPx(ems, fontSize, bold) <= maxWidth) return text;
  let fitting = 0;
  ems = charWidth('…');
  for (const char of chars) {
    ems += charWidth(char);
    if (emsToPx(ems, fontSize, bold) > maxWidth) break;
    fitting += 1;
  }
  return cutText(chars, fitting);
}

/** `text` cut to at most `maxChars` characters, the last an ellipsis, if it is longer. */
export function shortenText(text: string, maxChars: number): string {
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  return cutText(chars, maxChars - 1) ?? text;
}

/** CJK characters, each a word of its own, and each of which may start a line. */
const cjkRange = '\\u2e80-\\u9fff\\uff00-\\uffef';
const cjk = new RegExp(`[${cjkRange}]`);
const wordChar = (char: string | undefined) =>
  char !== undefined && /\S/.test(char) && !cjk.test(char);

/**
 * The first `count` characters and an ellipsis, never ending inside a word: a label's visible text
 * must read as the start of its accessible name, word for word (WCAG 2.5.3, axe's
 * label-content-name-mismatch). Null if the first word alone is longer than `count`.
 */
function cutText(chars: readonly string[], count: number): string | null {
  let end = count;
  if (wordChar(chars[end]) && wordChar(chars[end - 1])) {
    while (end > 0 && wordChar(chars[end - 1])) end -= 1;
  }
  const kept = chars.slice(0, end).join('').trimEnd();
  return kept ? `${kept}…` : null;
}

/** A run of non-CJK non-space characters, a single CJK character, or a space. */
const token = new RegExp(`[${cjkRange}]|\\s+|[^\\s${cjkRange}]+`, 'g');
const lone = new RegExp(`^[${cjkRange}]$`);
const threeAtEnd = new RegExp(`[${cjkRange}]{3}$`);

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxWidth` px: between words for Latin
 * script, between any two characters for CJK. If the text does not fit, the last line ends with an
 * ellipsis after its last whole word (or is left out, when not even one word fits there).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  maxLines: number,
): string[] {
  // Most labels fit on one line: one width check instead of a tokenised wrap.
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text ? [text] : [];
  if (maxLines <= 1) {
    const only = truncateText(text, maxWidth, fontSize, bold);
    return only ? [only] : [];
  }
  const tokens = text.match(token) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const [index, token] of tokens.entries()) {
    const candidate = current + token;
    if (
      estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth ||
      current.trim() === ''
    ) {
      current = candidate;
      continue;
    }
    lines.push(current.trimEnd());
    current = token.trimStart();
    if (lines.length === maxLines - 1) {
      const rest = current + tokens.slice(index + 1).join('');
      const last = truncateText(rest.trim(), maxWidth, fontSize, bold);
      return withoutOrphan(last ? [...lines, last] : lines);
    }
  }
  const last = current.trim() ? truncateText(current.trim(), maxWidth, fontSize, bold) : null;
  return withoutOrphan(last ? [...lines, last] : lines);
}

/**
 * A last line of one CJK character takes the character before it along, as Chinese typesetting
 * avoids a lone character (孤字) on a paragraph's last line: "后台开发工程 / 师" becomes
 * "后台开发工 / 程师". The line it leaves keeps at least two characters.
 */
function withoutOrphan(lines: string[]): string[] {
  const last = lines.at(-1);
  const previous = lines.at(-2);
  if (last === undefined || previous === undefined) return lines;
  if (!lone.test(last) || !threeAtEnd.test(previous)) return lines;
  return [...lines.slice(0, -2), previous.slice(0, -1), previous.slice(-1) + last];
}
