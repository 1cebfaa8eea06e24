/** The first instant of a content month (`YYYY-MM`, as the schema checks it), in UTC. */
export function startOfMonth(yearMonth: string): Date {
  const [year = 1970, month = 1] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1));
}
