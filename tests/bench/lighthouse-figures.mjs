// The figures `npm run bench` reports from Lighthouse's results: those of one run, and the middle of
// several runs of one page.

/**
 * The figures the tables show, from one Lighthouse result: the category scores (0–100), the audits
 * that lose points, FCP and LCP in seconds, TBT in ms, CLS, and the KB transferred by type.
 * @param {import('lighthouse').Result} lhr
 */
export function figures(lhr) {
  const score = (id) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  /** @type {{ resourceType?: string; transferSize?: number }[]} */
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const kilobytes = (type) =>
    lhr.runtimeError
      ? null
      : requests
          .filter((request) => request.resourceType === type)
          .reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024;
  // The scored audits that lose points, so that a missed score says where the points went.
  const losing = (id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
  const lcp = metric('largest-contentful-paint');
  const fcp = metric('first-contentful-paint');
  return {
    error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    losing: {
      performance: losing('performance'),
      accessibility: losing('accessibility'),
      'best-practices': losing('best-practices'),
      seo: losing('seo'),
    },
    fcp: fcp === null ? null : fcp / 1000,
    lcp: lcp === null ? null : lcp / 1000,
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    js: kilobytes('Script'),
    css: kilobytes('Stylesheet'),
    html: kilobytes('Document'),
  };
}

/** @typedef {ReturnType<typeof figures>} Figures */

/**
 * The middle run by Performance score (the lower middle for an even number of runs), so that the
 * figures shown are those of one real run.
 * @param {Figures[]} results
 */
export function medianRun(results) {
  const sorted = [...results].sort(
    (a, b) => (a.performance ?? -1) - (b.performance ?? -1) || (a.lcp ?? 0) - (b.lcp ?? 0),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The figures compared across builds, in the order the comparison shows them. */
export const comparedFigures = /** @type {const} */ ([
  'performance',
  'fcp',
  'lcp',
  'tbt',
  'cls',
  'js',
]);

/** @typedef {Record<(typeof comparedFigures)[number], number | null>} MedianFigures */

/**
 * The median of each compared figure over the runs that measured it, taken figure by figure (the
 * lower middle for an even number), so that one noisy run moves no figure; null where no run did.
 * @param {Figures[]} results
 * @returns {MedianFigures}
 */
export function medianFigures(results) {
  return Object.fromEntries(
    comparedFigures.map((id) => {
      const values = results
        .map((result) => result[id])
        .filter((value) => value !== null)
        .sort((a, b) => a - b);
      return [id, values.length ? values[Math.floor((values.length - 1) / 2)] : null];
    }),
  );
}
