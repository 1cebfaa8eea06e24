// How `npm run bench` shows builds side by side (`--compare`, `--floor`): a table per page, a row per
// build, and each figure also as a multiple of the first build's, so a change reads at a glance.
import { comparedFigures } from './lighthouse-figures.mjs';
import { printTable } from './print-table.mjs';

/** Each compared figure's column title and decimals. */
const columns = {
  performance: { title: 'Performance', digits: 0 },
  fcp: { title: 'FCP s', digits: 2 },
  lcp: { title: 'LCP s', digits: 2 },
  tbt: { title: 'TBT ms', digits: 0 },
  cls: { title: 'CLS', digits: 3 },
  js: { title: 'JS KB', digits: 1 },
};

/**
 * Prints one page's table: a row per build with the median of each figure, each followed by the
 * figure as a multiple of the first build's (`×0.95`: 5 % below it). The first build's own ratio
 * column is left blank.
 * @param {string} page the page, as the table's first header cell
 * @param {{ label: string; medians: import('./lighthouse-figures.mjs').MedianFigures }[]} builds
 */
export function printComparison(page, builds) {
  const [reference] = builds;
  printTable(
    [page, ...comparedFigures.flatMap((id) => [columns[id].title, '×'])],
    builds.map(({ label, medians }, index) => [
      label,
      ...comparedFigures.flatMap((id) => [
        medians[id] === null ? '–' : medians[id].toFixed(columns[id].digits),
        index === 0 ? '' : ratio(medians[id], reference.medians[id]),
      ]),
    ]),
  );
}

/**
 * `value` as a multiple of `reference`, as `×0.95`; `–` where either is missing, or where the
 * reference is 0 and the value is not (no multiple of nothing is something).
 * @param {number | null} value
 * @param {number | null} reference
 */
function ratio(value, reference) {
  if (value === null || reference === null) return '–';
  if (reference === 0) return value === 0 ? '×1.00' : '–';
  return `×${(value / reference).toFixed(2)}`;
}
