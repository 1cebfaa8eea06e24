import { datePatterns } from 'virtual:site-content';
import type { Language } from '../config/languages';
import { parseContentDate } from '../content/content-date';
import { yearPlaceholder, type DatePatterns } from './date-patterns';

function patternsOf(language: Language): DatePatterns {
  const patterns = datePatterns[language];
  if (!patterns) throw new Error(`The site has no date patterns for "${language}"`);
  return patterns;
}

/**
 * A content date (content-date.ts) as a reader of the language writes it, at no finer precision than
 * a month: a year as `2019年` or `2019`, a month (or a day) as `2019年8月` or `Aug 2019`.
 */
export function formatYearMonth(contentDate: string, language: Language): string {
  const { year, month } = parseContentDate(contentDate) ?? { year: Number.NaN };
  const patterns = patternsOf(language);
  const pattern =
    month === undefined ? patterns.year : (patterns.yearMonths[month - 1] ?? yearPlaceholder);
  return pattern.replace(yearPlaceholder, String(year));
}

/** The month of a UTC date, alone, as an axis labels it: `8月` or `Aug`. */
export function formatMonth(date: Date, language: Language): string {
  return patternsOf(language).months[date.getUTCMonth()] ?? '';
}
