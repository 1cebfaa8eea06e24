import { describe, expect, it } from 'vitest';
import { languages } from '../config/languages';
import { formatMonth, formatYearMonth } from './format-date';

describe('formatYearMonth', () => {
  it.each(languages)('writes a year alone as a year, and a day as its month, in %s', (language) => {
    const year = new Intl.DateTimeFormat(language, { year: 'numeric', timeZone: 'UTC' });
    expect(formatYearMonth('2019', language)).toBe(year.format(Date.UTC(2019, 0)));
    expect(formatYearMonth('2019-08-15', language)).toBe(formatYearMonth('2019-08', language));
  });

  it.each(languages)('writes every month of a year in %s as Intl does', (language) => {
    const long = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const short = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
    // 2014-01 too: January must not slip into the previous year in any timezone.
    for (const year of [2014, 2023]) {
      for (let month = 1; month <= 12; month += 1) {
        const date = new Date(Date.UTC(year, month - 1, 1));
        expect(formatYearMonth(`${year}-${String(month).padStart(2, '0')}`, language)).toBe(
          long.format(date),
        );
        expect(formatMonth(date, language)).toBe(short.format(date));
      }
    }
  });
});
