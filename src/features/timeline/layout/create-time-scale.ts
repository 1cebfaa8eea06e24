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

/**
 * A linear map from time to px along the time axis, and back. The chart needs no more of a scale:
 * its ticks come from d3-time's intervals (choose-ticks.ts) and their labels from the language's
 * strings. d3-scale's time scale brought its default tick format (d3-time-format) and its own code:
 * 3.7 KB gzipped of every home visit.
 */
export interface TimeScale {
  (date: Date): number;
  /** The time at a px position: the inverse of the map. */
  invert(position: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
}

/** Where `value` lies from `from` (0) to `to` (1); halfway when they are the same, as in d3. */
const fraction = (value: number, from: number, to: number) =>
  to === from ? 0.5 : (value - from) / (to - from);
/** The value at fraction `t` from `from` to `to`, computed as d3-interpolate does. */
const at = (t: number, from: number, to: number) => from * (1 - t) + to * t;

/** Maps a time window onto a px range (x in horizontal, y in vertical), as d3's scaleUtc did. */
export function createTimeScale(
  window: readonly [Date, Date],
  range: readonly [number, number],
): TimeScale {
  const [start, end] = [window[0].getTime(), window[1].getTime()];
  const [r0, r1] = range;
  const scale = (date: Date) => at(fraction(date.getTime(), start, end), r0, r1);
  return Object.assign(scale, {
    invert: (position: number) => new Date(at(fraction(position, r0, r1), start, end)),
    domain: (): [Date, Date] => [new Date(start), new Date(end)],
    range: (): [number, number] => [r0, r1],
  });
}

/** The horizontal chart's scale: the time window across the chart's `width` px, left to right. */
export function horizontalScale(window: readonly [Date, Date], width: number): TimeScale {
  return createTimeScale(window, [0, width]);
}

/** A year as the vertical chart counts it, in ms. */
const yearMs = 365.25 * 86_400_000;

/**
 * The vertical chart's scale: the whole `domain` down the page, newest at the top (below
 * verticalTop px of room), pxPerYear px for each year at zoom 1 and `zoom` times that when zoomed.
 */
export function verticalScale(domain: readonly [Date, Date], zoom: number): TimeScale {
  const years = (domain[1].getTime() - domain[0].getTime()) / yearMs;
  return createTimeScale(domain, [m.verticalTop + years * m.pxPerYear * zoom, m.verticalTop]);
}
