import { describe, expect, it } from 'vitest';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { realItems, testNow, utc } from './test-items';

describe('timelineDomain', () => {
  it('runs from the start of the earliest item’s year (education, 2014) to now', () => {
    expect(timelineDomain(realItems(), testNow)).toEqual([utc(2014, 1), testNow]);
  });
});

describe('createTimeScale', () => {
  it('maps the window onto the range', () => {
    const scale = createTimeScale([utc(2014), utc(2024)], [0, 1000]);
    expect(scale(utc(2014))).toBe(0);
    expect(scale(utc(2024))).toBe(1000);
    expect(scale(utc(2019))).toBeCloseTo(499.9, 0);
  });
});
