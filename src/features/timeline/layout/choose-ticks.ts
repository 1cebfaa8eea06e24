import type { ScaleTime } from 'd3-scale';
import { utcMonth, utcYear, type TimeInterval } from 'd3-time';

export interface Tick {
  date: Date;
  /** Position along the time axis, in px. */
  position: number;
  /** A year boundary (labelled with the year) rather than a month. */
  isYear: boolean;
}

/** The tick intervals, finest first: as the view zooms in, finer ones get room. */
const intervals: readonly TimeInterval[] = [
  utcMonth,
  utcMonth.every(3)!,
  utcMonth.every(6)!,
  utcYear,
  utcYear.every(2)!,
  utcYear.every(5)!,
];

/**
 * The ticks for the visible part of a time scale: the finest interval whose ticks stand at least
 * `minSpacing` px apart, and only those inside the scale's range.
 */
export function chooseTicks(scale: ScaleTime<number, number>, minSpacing: number): Tick[] {
  const [start, end] = scale.domain() as [Date, Date];
  const pxPerMs = Math.abs(scale(end) - scale(start)) / (end.getTime() - start.getTime());
  const dayMs = 86_400_000;
  const approxMs = [30.4, 91.3, 182.6, 365.25, 730.5, 1826.25].map((days) => days * dayMs);
  const index = approxMs.findIndex((ms) => ms * pxPerMs * 0.9 >= minSpacing);
  const interval = intervals[index === -1 ? intervals.length - 1 : index]!;
  return interval.range(start, new Date(end.getTime() + 1)).map((date) => ({
    date,
    position: scale(date),
    isYear: date.getUTCMonth() === 0,
  }));
}
