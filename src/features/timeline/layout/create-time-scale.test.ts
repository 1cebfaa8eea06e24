import { describe, expect, it } from 'vitest';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { testNow, utc } from './test-items';

describe('timelineDomain', () => {
  it('runs from the start of the earliest item’s year to now', () => {
    const items = generateCareer(20, testNow).map((item, index) => ({
      ...item,
      start: index === 7 ? utc(2011, 5) : utc(2016, 3),
    }));
    expect(timelineDomain(items, testNow)).toEqual([utc(2011, 1), testNow]);
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
