import type { Language } from '../config/languages';
import { parseContentDate } from '../content/content-date';

const englishMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * How each language writes a year, a month, and a month in its year (`month` is 1–12). Written out
 * rather than asked of Intl.DateTimeFormat, whose first use on a page loads the locale's calendar
 * data: a 60–80 ms task on a phone-class CPU (Chromium, 4× slowdown) in the middle of hydration, for
 * three fixed patterns. They are CLDR's, so they read as Intl's did.
 */
const monthFormats: Record<
  Language,
  {
    year: (year: number) => string;
    month: (month: number) => string;
    yearMonth: (year: number, month: number) => string;
  }
> = {
  zh: {
    year: (year) => `${year}年`,
    month: (month) => `${month}月`,
    yearMonth: (year, month) => `${year}年${month}月`,
  },
  en: {
    year: String,
    month: (month) => englishMonths[month - 1]!,
    yearMonth: (year, month) => `${englishMonths[month - 1]!} ${year}`,
  },
};

/**
 * A content date (content-date.ts) as a reader of the language writes it, at no finer precision than
 * a month: a year as `2019年` or `2019`, a month (or a day) as `2019年8月` or `Aug 2019`.
 */
export function formatYearMonth(contentDate: string, language: Language): string {
  const { year, month } = parseContentDate(contentDate) ?? { year: Number.NaN };
  const formats = monthFormats[language];
  return month === undefined ? formats.year(year) : formats.yearMonth(year, month);
}

/** The month of a UTC date, alone, as an axis labels it: `8月` or `Aug`. */
export function formatMonth(date: Date, language: Language): string {
  return monthFormats[language].month(date.getUTCMonth() + 1);
}
