import { describe, expect, it } from 'vitest';
import { languages, languageTags } from '../config/languages';
import { formatMonth, formatYearMonth } from './format-date';

describe('formatYearMonth', () => {
  it('writes a month as a Chinese reader does', () => {
    expect(formatYearMonth('2019-08', 'zh')).toBe('2019年8月');
  });

  it('writes a month as an English reader does', () => {
    expect(formatYearMonth('2019-08', 'en')).toBe('Aug 2019');
  });

  it('writes a year alone as a year, and a day as its month', () => {
    expect(formatYearMonth('2019', 'zh')).toBe('2019年');
    expect(formatYearMonth('2019', 'en')).toBe('2019');
    expect(formatYearMonth('2019-08-15', 'en')).toBe('Aug 2019');
  });

  it('does not shift January into the previous year in any timezone', () => {
    expect(formatYearMonth('2014-01', 'en')).toBe('Jan 2014');
  });

  it.each(languages)('writes every month of a year in %s as Intl does', (language) => {
    const tag = languageTags[language];
    const long = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: language === 'zh' ? 'long' : 'short',
      timeZone: 'UTC',
    });
    const short = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      const date = new Date(Date.UTC(2023, month - 1, 1));
      expect(formatYearMonth(`2023-${String(month).padStart(2, '0')}`, language)).toBe(
        long.format(date),
      );
      expect(formatMonth(date, language)).toBe(short.format(date));
    }
  });
});
