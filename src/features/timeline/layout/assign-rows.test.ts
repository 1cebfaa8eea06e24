import { describe, expect, it } from 'vitest';
import { assignRows } from './assign-rows';
import { utc } from './test-items';

const span = (from: Date, to: Date) => ({ start: from, end: to });

describe('assignRows', () => {
  it('stacks an employer whose period overlaps the previous one (the shared August of 2019)', () => {
    const rows = assignRows([
      span(utc(2018, 7), utc(2019, 9)), // Meituan, through August 2019
      span(utc(2019, 8), utc(2021, 7)), // Amazon, from August 2019
      span(utc(2021, 7), utc(2023, 9)), // Xiaomi
      span(utc(2023, 9), utc(2026, 11)), // 数慧时空
    ]);
    expect(rows).toEqual([0, 1, 0, 0]);
  });

  it('keeps periods that only touch in one row', () => {
    expect(assignRows([span(utc(2020), utc(2021)), span(utc(2021), utc(2022))])).toEqual([0, 0]);
  });

  it('uses as many rows as periods overlap at once, in input order', () => {
    const rows = assignRows([
      span(utc(2022), utc(2025)),
      span(utc(2020), utc(2024)),
      span(utc(2021), utc(2023)),
      span(utc(2024), utc(2026)),
    ]);
    expect(rows).toEqual([2, 0, 1, 0]);
  });
});
