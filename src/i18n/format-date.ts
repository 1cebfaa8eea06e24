import { datePatterns } from 'virtual:site-content';
import type { Language } from '../config/languages';
import { startOfMonth } from '../content/year-month';
import { yearPlaceholder, type DatePatterns } from './date-patterns';

function patternsOf(language: Language): DatePatterns {
  const patterns = datePatterns[language];
  if (!patterns) throw new Error(`The site has no date patterns for "${language}"`);
  return patterns;
}

/** A content date (`YYYY-MM`) as a reader of the language writes it: `2019年8月` or `Aug 2019`. */
export function formatYearMonth(yearMonth: string, language: Language): string {
  const date = startOfMonth(yearMonth);
  const pattern = patternsOf(language).yearMonths[date.getUTCMonth()] ?? yearPlaceholder;
  return pattern.replace(yearPlaceholder, String(date.getUTCFullYear()));
}

/** The month of a UTC date, alone, as an axis labels it: `8月` or `Aug`. */
export function formatMonth(date: Date, language: Language): string {
  return patternsOf(language).months[date.getUTCMonth()] ?? '';
}
