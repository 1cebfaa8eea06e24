import { placeContentDate } from './content-date.ts';

/**
 * The first instant of a content date, in UTC (content-date.ts): for the résumé's `YYYY-MM` dates,
 * the first instant of the month.
 */
export function startOfMonth(contentDate: string): Date {
  return placeContentDate(contentDate);
}
