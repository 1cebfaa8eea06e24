import { describe, expect, it } from 'vitest';
import {
  createTimeScale,
  horizontalScale,
  timelineDomain,
  verticalScale,
} from './create-time-scale';
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

  it('maps a px position back to its time, inside the window and beyond it', () => {
    const scale = createTimeScale([utc(2014), utc(2024)], [1000, 0]);
    for (const date of [utc(2014), utc(2017, 7), utc(2024), utc(2030, 2), utc(2001, 12)]) {
      expect(scale.invert(scale(date)).getTime()).toBeCloseTo(date.getTime(), -1);
    }
    expect(scale.invert(1000)).toEqual(utc(2014));
    expect(scale(utc(2029))).toBeCloseTo(-500, 0);
  });

  it('reports its window and range', () => {
    const window: [Date, Date] = [utc(2014), utc(2024)];
    const scale = createTimeScale(window, [16, 1200]);
    expect(scale.domain()).toEqual(window);
    expect(scale.range()).toEqual([16, 1200]);
  });

  it('maps an empty window to the middle of the range', () => {
    const scale = createTimeScale([utc(2020), utc(2020)], [0, 600]);
    expect(scale(utc(2020))).toBe(300);
    expect(scale(utc(2025))).toBe(300);
    expect(scale.invert(100)).toEqual(utc(2020));
    expect(createTimeScale([utc(2014), utc(2024)], [50, 50]).invert(50)).toEqual(utc(2019));
  });
});

describe('horizontalScale', () => {
  it('puts the window’s start at the left edge and its end at the right edge', () => {
    const scale = horizontalScale([utc(2014), utc(2024)], 1100);
    expect(scale(utc(2014))).toBe(0);
    expect(scale(utc(2024))).toBe(1100);
  });
});

describe('verticalScale', () => {
  it('puts the newest date at the top and gives each year 104 px at zoom 1', () => {
    const scale = verticalScale([utc(2016), utc(2026)], 1);
    expect(scale(utc(2026))).toBe(16);
    // 3,653 days, three of the years being leap years.
    expect(scale(utc(2016)) - scale(utc(2026))).toBeCloseTo((3653 / 365.25) * 104, 6);
  });

  it('stretches the time axis by the zoom', () => {
    const domain: [Date, Date] = [utc(2016), utc(2026)];
    const span = (zoom: number) => verticalScale(domain, zoom)(utc(2016)) - 16;
    expect(span(3)).toBeCloseTo(span(1) * 3, 6);
  });
});
