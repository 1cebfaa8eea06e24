import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimelineItem } from './timeline-item';

/** The whole time axis: from the start of the earliest item's year to now. */
export function timelineDomain(items: readonly TimelineItem[], now: Date): [Date, Date] {
  const first = Math.min(now.getTime(), ...items.map((item) => item.start.getTime()));
  return [new Date(Date.UTC(new Date(first).getUTCFullYear(), 0, 1)), now];
}

/** Maps a time window onto a px range (x in horizontal, y in vertical). */
export function createTimeScale(
  window: readonly [Date, Date],
  range: readonly [number, number],
): ScaleTime<number, number> {
  return scaleUtc().domain(window).range(range);
}
