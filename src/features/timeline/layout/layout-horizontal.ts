import { bandLabelLines, blockLabelLines } from './band-label-lines';
import { chooseTicks } from './choose-ticks';
import { horizontalRows, type RowBox } from './horizontal-rows';
import { label } from './label-lines';
import { horizontalNodeLabelOptions, nodeHitBox } from './node-label-options';
import { placeLabels, type Box, type LabelRequest } from './place-labels';
import type {
  LabelLine,
  LayoutInput,
  TimelineLabel,
  TimelineLane,
  TimelineLayout,
  TimelineMark,
} from './timeline-layout-types';
import { isBandItem, isNodeItem } from './timeline-item';
import { timelineMetrics as m } from './timeline-metrics';

/**
 * Time runs left to right. Bands and blocks carry their labels inside (wrapped; cut only where a zoom
 * hides part of them); nodes' labels go beside or below them, clear of every mark.
 */
export function layoutHorizontal({
  items,
  domain,
  scale,
  width,
  laneTitles,
  formatTick,
}: LayoutInput): TimelineLayout {
  const rows = horizontalRows(items, domain, width);
  const marks: TimelineMark[] = [];
  const requests: LabelRequest<TimelineLabel>[] = [];
  const obstacles: Box[] = [];
  const nodeMarks = new Map<string, TimelineMark>();

  items.forEach((item, index) => {
    if (isNodeItem(item)) {
      const cy = rows.nodeYs.get(index);
      if (cy === undefined) return;
      const cx = scale(item.anchor);
      const visible = cx >= 0 && cx <= width;
      const mark: TimelineMark = {
        shape: 'node',
        item,
        cx,
        cy,
        span: [scale(item.start), scale(item.end)],
        visible,
        label: null,
      };
      marks.push(mark);
      if (!visible) return;
      obstacles.push(nodeHitBox(cx, cy));
      nodeMarks.set(item.id, mark);
      requests.push({ id: item.id, ...horizontalNodeLabelOptions(item, cx, cy) });
      return;
    }
    const box = rows.boxes.get(index);
    if (!box) return;
    const x0 = scale(item.start);
    const x1 = scale(box.end);
    const rect = { x: x0, y: box.top, width: Math.max(x1 - x0, 2), height: box.height };
    const visibleX0 = Math.max(x0, 0);
    const visibleX1 = Math.min(x1, width);
    const visible = x1 > 0 && x0 < width;
    if (visible) obstacles.push({ ...rect, x: visibleX0, width: visibleX1 - visibleX0 });
    const labelFor = (lines: (room: number) => LabelLine[], padX: number, padY: number) => {
      if (!visible) return null;
      const placed = rectLabel(lines, box, { x0, x1, width, padX, padY });
      if (placed && !within(placed.box, x0, x1)) obstacles.push(placed.box);
      return placed;
    };
    if (item.kind === 'work-project') {
      marks.push({
        shape: 'block',
        item,
        rect,
        visible,
        label: labelFor((room) => blockLabelLines(item, room, box.lines), m.blockPadX, m.blockPadY),
      });
    } else if (isBandItem(item)) {
      marks.push({
        shape: 'band',
        item,
        rect,
        visible,
        label: labelFor((room) => bandLabelLines(item, room, box.lines), m.bandPadX, m.bandPadY),
      });
    }
  });

  const placed = placeLabels(
    requests,
    { x: 0, y: 0, width, height: rows.height },
    m.labelGap,
    obstacles,
  );
  for (const [id, option] of placed) nodeMarks.get(id)!.label = option;
  const lanes: TimelineLane[] = rows.lanes.map(({ lane }) => ({
    ...lane,
    title: laneTitles[lane.id],
  }));
  const ticks = chooseTicks(scale, m.tickSpacingHorizontal)
    .filter((tick) => tick.position >= 0 && tick.position <= width - m.axisEndRoom)
    .map((tick) => ({ ...tick, label: formatTick(tick) }));
  return { orientation: 'horizontal', width, height: rows.height, lanes, ticks, marks };
}

/**
 * A band's or block's label: inside the part of it in view, or, where the rows made room beside a
 * band too narrow to hold it (see LabelSide), there, unless it fits inside at this zoom or would
 * fall out of view.
 */
function rectLabel(
  linesIn: (room: number) => LabelLine[],
  box: RowBox,
  {
    x0,
    x1,
    width,
    padX,
    padY,
  }: { x0: number; x1: number; width: number; padX: number; padY: number },
): TimelineLabel | null {
  const visibleX0 = Math.max(x0, 0);
  const room = Math.min(x1, width) - visibleX0 - 2 * padX;
  const top = box.top + padY;
  if (box.besideLabel) {
    const beside = label(0, top, linesIn(m.besideLabelWidth));
    const x = box.besideLabel === 'before' ? x0 - m.labelGap - beside.box.width : x1 + m.labelGap;
    if (room < beside.box.width && x >= 0 && x + beside.box.width <= width)
      return { ...beside, box: { ...beside.box, x }, alignEnd: box.besideLabel === 'before' };
  }
  const lines = linesIn(room);
  return lines.length ? label(visibleX0 + padX, top, lines) : null;
}

/** Whether a box lies across the time axis within x0..x1. */
function within(box: Box, x0: number, x1: number): boolean {
  return box.x >= x0 && box.x + box.width <= x1;
}
