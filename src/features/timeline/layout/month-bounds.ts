import { utcMonth } from 'd3-time';
import { startOfMonth } from '../../../content/year-month';

export { startOfMonth };

/** The first instant after a content month: a period that ends in August runs through August. */
export function endOfMonth(yearMonth: string): Date {
  return utcMonth.offset(startOfMonth(yearMonth), 1);
}
