import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimelineItem } from './timeline-item';

/**
 * The whole time axis: from the start of the earliest item's year to now, or, for a career whose
 * every item ended years ago, to the start of the year after the last one ends (no empty decade).
 */
export function timelineDomain(items: readonly TimelineItem[], now: Date): [Date, Date] {
  const first = Math.min(now.getTime(), ...items.map((item) => item.start.getTime()));
  const last = Math.max(...items.map((item) => item.end.getTime()));
  const yearAfterLast = Date.UTC(new Date(last).getUTCFullYear() + 1, 0, 1);
  return [
    new Date(Date.UTC(new Date(first).getUTCFullYear(), 0, 1)),
    new Date(Math.min(now.getTime(), yearAfterLast)),
  ];
}

/** Maps a time window onto a px range (x in horizontal, y in vertical). */
export function createTimeScale(
  window: readonly [Date, Date],
  range: readonly [number, number],
): ScaleTime<number, number> {
  return scaleUtc().domain(window).range(range);
}
