import { describe, expect, it } from 'vitest';
import { formatYearMonth } from './format-date';

describe('formatYearMonth', () => {
  it('writes a month as a Chinese reader does', () => {
    expect(formatYearMonth('2019-08', 'zh')).toBe('2019年8月');
  });

  it('writes a month as an English reader does', () => {
    expect(formatYearMonth('2019-08', 'en')).toBe('Aug 2019');
  });

  it('does not shift January into the previous year in any timezone', () => {
    expect(formatYearMonth('2014-01', 'en')).toBe('Jan 2014');
  });
});
