import { describe, expect, it } from 'vitest';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { testNow, utc } from '../../../test/timeline-items';

describe('timelineDomain', () => {
  it('runs from the start of the earliest item’s year to now', () => {
    const items = generateCareer(20, testNow).map((item, index) => ({
      ...item,
      start: index === 7 ? utc(2011, 5) : utc(2016, 3),
    }));
    expect(timelineDomain(items, testNow)).toEqual([utc(2011, 1), testNow]);
  });

  it('ends at the start of the year after the last item, when that is before now', () => {
    const items = generateCareer(4, testNow).map((item, index) => ({
      ...item,
      start: utc(2010 + index, 3),
      end: utc(2012 + index, index === 2 ? 11 : 4),
    }));
    expect(timelineDomain(items, testNow)).toEqual([utc(2010, 1), utc(2016, 1)]);
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
