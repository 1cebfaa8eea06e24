/** The first instant of a content month (`YYYY-MM`), in UTC so it is the same on every machine. */
export function startOfMonth(yearMonth: string): Date {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
}

/** The first instant after a content month: a period that ends in August runs through August. */
export function endOfMonth(yearMonth: string): Date {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, month ?? 1, 1));
}
