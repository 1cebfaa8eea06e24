import type { BandItem, WorkProjectItem } from './timeline-item';
import { timelineMetrics as m } from './timeline-metrics';
import type { LabelLine } from './timeline-layout-types';
import { line } from './label-lines';
import { wrapText } from './wrap-text';

/** A band's label in `room` px: its name (bold), then its detail, each wrapped to at most two lines. */
export function bandLabelLines(item: BandItem, room: number, maxLines = Infinity): LabelLine[] {
  if (room < m.minLabelRoom) return [];
  const name = wrapText(item.name, room, m.nameSize, true, Math.min(m.bandMaxNameLines, maxLines));
  const detailRoom = Math.min(m.bandMaxDetailLines, maxLines - name.length);
  const detail = detailRoom > 0 ? wrapText(item.detail, room, m.detailSize, false, detailRoom) : [];
  return [
    ...name.map((text) => line(text, true, m.nameSize)),
    ...detail.map((text) => line(text, false, m.detailSize)),
  ];
}

/** A work project's block label in `room` px: its name, wrapped to at most `maxLines` lines. */
export function blockLabelLines(
  item: WorkProjectItem,
  room: number,
  maxLines: number = m.blockMaxLines,
): LabelLine[] {
  if (room < m.minLabelRoom) return [];
  return wrapText(item.name, room, m.nameSize, false, maxLines).map((text) =>
    line(text, false, m.nameSize),
  );
}

/** The height of a band or block holding `lines` lines of label, never below the target size. */
export function boxHeightFor(lines: number, padY: number, minLines = 1): number {
  return Math.max(m.minTarget, Math.max(lines, minLines) * m.lineHeight + 2 * padY);
}
