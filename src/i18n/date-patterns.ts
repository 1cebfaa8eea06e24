/**
 * How a language writes a month, a month in its year, and a year, read off Intl (CLDR) when the site
 * is built. The browser then formats dates by filling in a pattern instead of asking
 * Intl.DateTimeFormat, whose first use on a page loads the locale's calendar data: a 60–80 ms task
 * on a phone-class CPU (Chromium, 4× slowdown) in the middle of hydration.
 */
export interface DatePatterns {
  /** January to December, short, as an axis labels them: `8月`, `Aug`. */
  months: string[];
  /** A month in its year, January to December, with `{year}` for the year: `{year}年8月`, `Aug {year}`. */
  yearMonths: string[];
  /** A year alone, with `{year}` for the year: `{year}年`, `{year}`. */
  year: string;
}

export const yearPlaceholder = '{year}';

/** The date patterns of `language` (a BCP 47 tag), as its readers write dates. */
export function datePatterns(language: string): DatePatterns {
  const format = (options: Intl.DateTimeFormatOptions) => {
    const formatter = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    return (date: Date) =>
      formatter
        .formatToParts(date)
        .map((part) => (part.type === 'year' ? yearPlaceholder : part.value))
        .join('');
  };
  const month = format({ month: 'short' });
  const yearMonth = format({ year: 'numeric', month: 'short' });
  const twelveMonths = Array.from({ length: 12 }, (_, index) => new Date(Date.UTC(2001, index, 1)));
  return {
    months: twelveMonths.map(month),
    yearMonths: twelveMonths.map(yearMonth),
    year: format({ year: 'numeric' })(twelveMonths[0] ?? new Date(0)),
  };
}
