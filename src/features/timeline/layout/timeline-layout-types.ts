import type { TimeScale } from './create-time-scale';
import type { Tick } from './choose-ticks';
import type { Box } from './box-geometry';
import type { HorizontalRows } from './horizontal-rows';
import type { NodeTextsCache } from './label-placement';
import type { BandItem, LaneId, NodeItem, TimelineItem, WorkProjectItem } from './timeline-item';

export type Orientation = 'horizontal' | 'vertical';

export interface LabelLine {
  text: string;
  bold: boolean;
  size: number;
  /**
   * The text went on with a space after this line (a break between words, not inside a CJK run): the
   * drawn text keeps it, so that its content reads as the accessible name does.
   */
  spaceAfter?: boolean;
}

/** One way to show a label: the box it would take. */
export interface LabelOption {
  box: Box;
  /** More room the option takes, such as its leader's line: kept clear of other labels too. */
  reserve?: readonly Box[];
}

export interface TimelineLabel extends LabelOption {
  lines: LabelLine[];
  /** A line from the mark to a label that sits away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** The lines end at the box's right edge, as a label set before its band does. */
  alignEnd?: boolean;
}

interface MarkBase {
  /** Whether any part of the mark is inside the visible area. */
  visible: boolean;
  label: TimelineLabel | null;
}

/** A school, an employer or a volunteer organization: a rectangle from its start to its end. */
export interface BandMark extends MarkBase {
  shape: 'band';
  item: BandItem;
  rect: Box;
}

/** An undated work project: a rectangle under (or, vertically, beside) its employer's band. */
export interface BlockMark extends MarkBase {
  shape: 'block';
  item: WorkProjectItem;
  rect: Box;
}

/** A dated entry: a dot at its start and a line across its period, if it has one. */
export interface NodeMark extends MarkBase {
  shape: 'node';
  item: NodeItem;
  cx: number;
  cy: number;
  /** The period along the time axis, in px: [start, end]. */
  span: [number, number];
}

export type TimelineMark = BandMark | BlockMark | NodeMark;

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
  /** In reading order (left to right, or top to bottom): the keyboard's order. */
  marks: TimelineMark[];
}

export interface LayoutInput {
  items: readonly TimelineItem[];
  /** The whole time axis: the horizontal rows are sized so that labels fit at this view. */
  domain: readonly [Date, Date];
  /** Maps time to px along the time axis: x in horizontal, y in vertical. */
  scale: TimeScale;
  orientation: Orientation;
  width: number;
  laneTitles: Record<LaneId, string>;
  formatTick: (tick: Tick) => string;
  /**
   * Horizontal only: `horizontalRows(items, domain, width)`, when the caller keeps them from one
   * zoom frame to the next (they do not depend on the zoom). Stacked afresh when absent.
   */
  rows?: HorizontalRows;
  /**
   * Horizontal only: the chart's own NodeTextsCache (`new WeakMap()`, once per chart), when it keeps
   * it from one zoom frame to the next. Node labels' texts are made afresh when absent.
   */
  nodeTexts?: NodeTextsCache;
}

/** The lanes top to bottom: the bands' lanes, then the nodes'. A lane with no items is not drawn. */
export const laneOrder: readonly LaneId[] = [
  'education',
  'work',
  'volunteer',
  'open-source',
  'publications',
  'awards',
  'certificates',
];
