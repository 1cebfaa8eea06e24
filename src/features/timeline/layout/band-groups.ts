import type { BandMark, BlockMark, TimelineMark } from './timeline-layout-types';

/** A band and the blocks that follow it in reading order: its employer's work projects. */
export interface BandGroup {
  band: BandMark;
  blocks: BlockMark[];
}

/**
 * The marks in reading order, each band gathered with the blocks right after it that belong to it,
 * so that the chart can move and size them together. The order of the marks is kept.
 */
export function bandGroups(marks: readonly TimelineMark[]): (BandGroup | TimelineMark)[] {
  const entries: (BandGroup | TimelineMark)[] = [];
  for (const mark of marks) {
    const last = entries.at(-1);
    if (mark.shape === 'band') entries.push({ band: mark, blocks: [] });
    else if (
      mark.shape === 'block' &&
      last &&
      isBandGroup(last) &&
      last.band.item.id === mark.item.employerId
    )
      last.blocks.push(mark);
    else entries.push(mark);
  }
  return entries;
}

/** Whether an entry of `bandGroups` is a group. */
export function isBandGroup(entry: BandGroup | TimelineMark): entry is BandGroup {
  return 'band' in entry;
}
