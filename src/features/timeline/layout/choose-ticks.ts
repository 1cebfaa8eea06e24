import { utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TimeScale } from './create-time-scale';

export interface Tick {
  date: Date;
  /** Position along the time axis, in px. */
  position: number;
  /** A year boundary (labelled with the year) rather than a month. */
  isYear: boolean;
}

/** A tick interval and its length in days, about (a month is 30.4). */
interface Step {
  interval: TimeInterval;
  days: number;
}

/** The tick intervals, finest first: as the view zooms in, finer ones get room. */
const coarsest: Step = { interval: utcYear.every(5) ?? utcYear, days: 1826.25 };
const steps: readonly Step[] = [
  { interval: utcMonth, days: 30.4 },
  { interval: utcMonth.every(3) ?? utcMonth, days: 91.3 },
  { interval: utcMonth.every(6) ?? utcMonth, days: 182.6 },
  { interval: utcYear, days: 365.25 },
  { interval: utcYear.every(2) ?? utcYear, days: 730.5 },
  coarsest,
];

/**
 * The ticks for the visible part of a time scale: the finest interval whose ticks stand at least
 * `minSpacing` px apart, and only those inside the scale's range.
 */
export function chooseTicks(scale: TimeScale, minSpacing: number): Tick[] {
  const [start, end] = scale.domain();
  const pxPerMs = Math.abs(scale(end) - scale(start)) / (end.getTime() - start.getTime());
  const dayMs = 86_400_000;
  const { interval } =
    steps.find(({ days }) => days * dayMs * pxPerMs * 0.9 >= minSpacing) ?? coarsest;
  return interval.range(start, new Date(end.getTime() + 1)).map((date) => ({
    date,
    position: scale(date),
    isYear: date.getUTCMonth() === 0,
  }));
}
