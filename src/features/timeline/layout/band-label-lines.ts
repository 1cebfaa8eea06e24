import type { BandItem, WorkProjectItem } from './timeline-item';
import { timelineMetrics as m } from './timeline-metrics';
import type { LabelLine } from './timeline-layout-types';
import { line } from './label-lines';
import { wrapText } from './wrap-text';

/**
 * A band's label in `room` px: its name (bold), then its detail, each wrapped to a few lines. A name
 * cut short leaves out the detail, so that what shows still reads as the start of the mark's name.
 */
export function bandLabelLines(item: BandItem, room: number, maxLines = Infinity): LabelLine[] {
  if (room < m.minLabelRoom) return [];
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
export function bandHoldsName(item: BandItem, room: number): boolean {
  if (room < m.minLabelRoom) return false;
  return isWhole(item.name, wrapText(item.name, room, m.nameSize, true, m.bandMaxNameLines));
}

/** Whether `lines` hold all of `text`: it was not cut short. */
function isWhole(text: string, lines: readonly string[]): boolean {
  return lines.join('').replace(/\s/g, '') === text.replace(/\s/g, '');
}

/** A work project's block label in `room` px: its name, wrapped to at most `maxLines` lines. */
export function blockLabelLines(
  item: WorkProjectItem,
  room: number,
  maxLines: number = m.blockMaxLines,
): LabelLine[] {
  if (room < m.minLabelRoom) return [];
  return nameLines(item.name, room, maxLines);
}

/**
 * A name wrapped to `room` in at most `maxLines` lines, each line saying whether a space followed it
 * in the name, so that the lines read as the name again (a block's label, a node's).
 */
export function nameLines(name: string, room: number, maxLines: number): LabelLine[] {
  const lines = wrapText(name, room, m.nameSize, false, maxLines);
  return lines.map((text, index) => ({
    ...line(text, false, m.nameSize),
    spaceAfter: index < lines.length - 1 && spaced(name, lines, index),
  }));
}

/** The height of a band or block holding `lines` lines of label, never below the target size. */
export function boxHeightFor(lines: number, padY: number, minLines = 1): number {
  return Math.max(m.minTarget, Math.max(lines, minLines) * m.lineHeight + 2 * padY);
}

/** Whether `text`, wrapped into `lines`, has a space where line `index` ends. */
function spaced(text: string, lines: readonly string[], index: number): boolean {
  let at = 0;
  for (let i = 0; i <= index; i += 1) {
    const found = text.indexOf(lines[i]!, at);
    if (found === -1) return true;
    at = found + lines[i]!.length;
  }
  return /\s/.test(text[at] ?? '');
}
