import { describe, expect, it } from 'vitest';
import { chooseTicks } from './choose-ticks';
import { createTimeScale } from './create-time-scale';
import { utc } from '../../../test/timeline-items';

describe('chooseTicks', () => {
  it('shows years when the whole career fits the width', () => {
    const ticks = chooseTicks(createTimeScale([utc(2014), utc(2026, 11, 24)], [0, 1100]), 64);
    expect(ticks.map((tick) => tick.date.getUTCFullYear())).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(ticks.every((tick) => tick.isYear)).toBe(true);
    expect(ticks[1]!.position).toBeCloseTo(85.2, 0);
  });

  it('falls back to every other year when years would stand too close', () => {
    const ticks = chooseTicks(createTimeScale([utc(2014), utc(2026)], [0, 600]), 64);
    expect(ticks.map((tick) => tick.date.getUTCFullYear())).toEqual([
      2014, 2016, 2018, 2020, 2022, 2024, 2026,
    ]);
  });

  it('shows quarters when zoomed to about two years', () => {
    const ticks = chooseTicks(createTimeScale([utc(2021, 7), utc(2023, 9)], [0, 1100]), 64);
    expect(ticks.map((tick) => tick.date.toISOString().slice(0, 7))).toEqual([
      '2021-07',
      '2021-10',
      '2022-01',
      '2022-04',
      '2022-07',
      '2022-10',
      '2023-01',
      '2023-04',
      '2023-07',
    ]);
    expect(ticks.filter((tick) => tick.isYear).map((tick) => tick.date.getUTCFullYear())).toEqual([
      2022, 2023,
    ]);
  });

  it('shows months when zoomed to under a year', () => {
    const ticks = chooseTicks(createTimeScale([utc(2019, 3), utc(2019, 9)], [0, 1100]), 64);
    expect(ticks).toHaveLength(7);
    expect(ticks.map((tick) => tick.date.getUTCMonth() + 1)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps ticks at least the minimum spacing apart', () => {
    for (const width of [320, 640, 1100, 2400]) {
      const ticks = chooseTicks(createTimeScale([utc(2014), utc(2026, 11)], [0, width]), 64);
      for (let i = 1; i < ticks.length; i += 1) {
        expect(ticks[i]!.position - ticks[i - 1]!.position).toBeGreaterThanOrEqual(64);
      }
    }
  });
});
