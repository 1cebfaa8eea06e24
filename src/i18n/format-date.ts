import type { Language } from '../config/languages';
import { startOfMonth } from '../content/year-month';

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
 * How each language writes a month, and a month in its year (`month` is 1–12). Written out rather
 * than asked of Intl.DateTimeFormat, whose first use on a page loads the locale's calendar data: a
 * 60–80 ms task on a phone-class CPU (Chromium, 4× slowdown) in the middle of hydration, for two
 * fixed patterns. They are CLDR's, so they read as Intl's did.
 */
const monthFormats: Record<
  Language,
  { month: (month: number) => string; yearMonth: (year: number, month: number) => string }
> = {
  zh: { month: (month) => `${month}月`, yearMonth: (year, month) => `${year}年${month}月` },
  en: {
    month: (month) => englishMonths[month - 1]!,
    yearMonth: (year, month) => `${englishMonths[month - 1]!} ${year}`,
  },
};

/** A content date (`YYYY-MM`) as a reader of the language writes it: `2019年8月` or `Aug 2019`. */
export function formatYearMonth(yearMonth: string, language: Language): string {
  const date = startOfMonth(yearMonth);
  return monthFormats[language].yearMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** The month of a UTC date, alone, as an axis labels it: `8月` or `Aug`. */
export function formatMonth(date: Date, language: Language): string {
  return monthFormats[language].month(date.getUTCMonth() + 1);
}
