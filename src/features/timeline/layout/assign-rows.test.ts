import { describe, expect, it } from 'vitest';
import { assignRows, followsInRow } from './assign-rows';
import { startOfMonth } from '../../../content/year-month';
import { endOfMonth } from './build-timeline-items';
import { utc } from '../../../test/timeline-items';

/** A period as the content gives it: from one month through another. */
const months = (from: string, through: string) => ({
  start: startOfMonth(from),
  end: endOfMonth(through),
});

describe('followsInRow', () => {
  it('lets a period begin in the month the previous one ends: a handover, not an overlap', () => {
    expect(followsInRow(months('2017-03', '2019-08'), months('2019-08', '2021-07'))).toBe(true);
  });

  it('keeps a period that begins before the previous one’s last month out of its row', () => {
    expect(followsInRow(months('2017-03', '2019-08'), months('2019-07', '2021-07'))).toBe(false);
  });

  it('reads a period that runs to now as ending in now’s month', () => {
    const ongoing = { start: startOfMonth('2024-02'), end: utc(2026, 11, 24) };
    expect(followsInRow(ongoing, months('2026-11', '2026-12'))).toBe(true);
    expect(followsInRow(ongoing, months('2026-10', '2026-12'))).toBe(false);
  });
});

describe('assignRows', () => {
  it('puts two bands that touch at a month in one row, the first drawn to where the second begins', () => {
    const slots = assignRows([months('2017-03', '2019-08'), months('2019-08', '2021-07')]);
    expect(slots.map((slot) => slot.row)).toEqual([0, 0]);
    expect(slots[0]!.end).toEqual(startOfMonth('2019-08'));
    expect(slots[1]!.end).toEqual(endOfMonth('2021-07'));
  });

  it('stacks two bands that overlap by more than a month, each drawn to its own end', () => {
    const first = months('2017-03', '2019-08');
    const second = months('2019-07', '2021-07');
    const slots = assignRows([first, second]);
    expect(slots).toEqual([
      { row: 0, end: first.end },
      { row: 1, end: second.end },
    ]);
  });

  it('keeps a chain of handovers in one row, each band ending where the next begins', () => {
    const slots = assignRows([
      months('2010-01', '2012-05'),
      months('2012-05', '2015-09'),
      months('2015-09', '2018-02'),
      months('2018-03', '2020-01'),
    ]);
    expect(slots.map((slot) => slot.row)).toEqual([0, 0, 0, 0]);
    expect(slots.map((slot) => slot.end)).toEqual([
      startOfMonth('2012-05'),
      startOfMonth('2015-09'),
      endOfMonth('2018-02'),
      endOfMonth('2020-01'),
    ]);
  });

  it('uses as many rows as periods overlap at once, in input order', () => {
    const rows = assignRows([
      { start: utc(2022), end: utc(2025) },
      { start: utc(2020), end: utc(2024) },
      { start: utc(2021), end: utc(2023) },
      { start: utc(2024), end: utc(2026) },
    ]).map((slot) => slot.row);
    expect(rows).toEqual([2, 0, 1, 0]);
  });
});
