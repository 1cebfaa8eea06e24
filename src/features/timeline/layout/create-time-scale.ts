import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimelineItem } from './timeline-item';
import { timelineMetrics as m } from './timeline-metrics';

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

/** The horizontal chart's scale: the time window across the chart's `width` px, left to right. */
export function horizontalScale(
  window: readonly [Date, Date],
  width: number,
): ScaleTime<number, number> {
  return createTimeScale(window, [0, width]);
}

/** A year as the vertical chart counts it, in ms. */
const yearMs = 365.25 * 86_400_000;

/**
 * The vertical chart's scale: the whole `domain` down the page, newest at the top (below
 * verticalTop px of room), pxPerYear px for each year at zoom 1 and `zoom` times that when zoomed.
 */
export function verticalScale(
  domain: readonly [Date, Date],
  zoom: number,
): ScaleTime<number, number> {
  const years = (domain[1].getTime() - domain[0].getTime()) / yearMs;
  return createTimeScale(domain, [m.verticalTop + years * m.pxPerYear * zoom, m.verticalTop]);
}
