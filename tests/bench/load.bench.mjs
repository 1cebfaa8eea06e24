// `npm run bench:load`: what a visitor's load costs, measured in a real Chromium rather than
// simulated: the site served as on GitHub Pages, a phone's CPU (4× slower) on a slow 4G link (150 ms
// round trip, 1.6 Mbit/s down, as Lighthouse's mobile run assumes), an empty cache. For each page it
// prints the medians of the first contentful paint, the moment the page is hydrated (the header's
// theme control comes alive) and, on the home pages, the moments the timeline works (its zoom
// buttons come alive) and takes wheel and drag gestures (d3-zoom has attached); then the longest
// main-thread task of the load and its total blocking time (the sum of each long task's time beyond
// 50 ms), from a `longtask` PerformanceObserver registered before any of the page's scripts, over the
// load until the page is ready (hydrated, and on the home pages the timeline works and takes gestures)
// and then idle. Unlike Lighthouse's TBT, which starts at the first paint, it counts the tasks before
// the first paint too. A benchmark: it prints numbers, it does not pass or fail.
//
// The default pages come from the content (bench-pages.mjs): each language's home and résumé pages,
// and the original language's first employer and first project pages.
//
//   npm run bench:load                      the pages above, 5 loads each, on the dist/ there is
//   npm run bench:load -- /zh/ --runs 9     other paths, more loads
//   npm run bench:load -- --dir dist-other  compare another build (start it with SITE_URL unset)
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startPagesServer } from '../../src/build/pages-server.mjs';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { benchPages } from './bench-pages.mjs';
import { printTable } from './print-table.mjs';

// The theme changes only colours, and Lighthouse's bench (site.bench.mjs) measures what it costs.
const defaultPaths = benchPages()
  .filter(({ theme }) => theme === 'light')
  .map(({ path }) => path);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4184' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs: expected a positive whole number, got "${values.runs}"`);
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

/** Lighthouse's mobile link: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const slow4g = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const server = await startPagesServer({ root: values.dir, port: Number(values.port) });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
/**
 * One cold load of `path`: the moments above in ms from the start of navigation, and the durations
 * of the load's long tasks in ms.
 */
async function load(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slow4g });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Stamps the moment each state appears, in the page's own clock.
  await page.addInitScript(() => {
    const seen = {};
    Object.defineProperty(window, '__loadTimes', { value: seen });
    const check = () => {
      if (!seen.hydrated && document.querySelector('.theme-switcher select:not([disabled])'))
        seen.hydrated = performance.now();
      if (!seen.timeline && document.querySelector('.zoom-controls button[aria-disabled="false"]'))
        seen.timeline = performance.now();
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
    });
    // d3-zoom marks the element it attaches to (no DOM change to observe), so look each frame.
    const gestures = () => {
      if (document.querySelector('.timeline-frame--horizontal svg')?.__zoom)
        seen.gestures = performance.now();
      else requestAnimationFrame(gestures);
    };
    requestAnimationFrame(gestures);
    // Every main-thread task over 50 ms from here on: the page's scripts have not started yet.
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    Object.defineProperty(window, '__longTasks', {
      value: () => {
        // Entries still queued for the observer's callback count too.
        longTasks.push(...observer.takeRecords());
        return longTasks.map((task) => task.duration);
      },
    });
  });
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  const timeline = path.split('/').filter(Boolean).length === 1;
  await page.waitForFunction(
    (needsTimeline) => {
      const seen = window.__loadTimes;
      const timelineDone = seen.timeline !== undefined && seen.gestures !== undefined;
      return seen.hydrated !== undefined && (!needsTimeline || timelineDone);
    },
    timeline,
    { timeout: 60_000 },
  );
  // A long task is reported once it ends, and the one that made the page ready may still be
  // running: wait until the main thread is idle, so that it and any work queued after it count.
  await page.evaluate(
    () =>
      new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 10_000 })),
  );
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    ...window.__loadTimes,
    longTasks: window.__longTasks(),
  }));
  await context.close();
  return times;
}

/**
 * The longest task of a load and its total blocking time, in ms: the sum over its long tasks of each
 * one's time beyond 50 ms, the budget of a task that still feels instant.
 * @param {number[]} durations the load's long tasks, in ms
 */
function blocking(durations) {
  return {
    longest: Math.max(0, ...durations),
    total: durations.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
  };
}

const median = (values) => {
  const sorted = values.filter((value) => value != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);

try {
  const rows = [];
  for (const path of positionals.length ? positionals : defaultPaths) {
    const results = [];
    for (let run = 0; run < runs; run += 1) {
      const { longTasks, ...times } = await load(path);
      results.push({ ...times, ...blocking(longTasks) });
    }
    rows.push([
      path,
      ms(median(results.map((result) => result.fcp))),
      ms(median(results.map((result) => result.hydrated))),
      ms(median(results.map((result) => result.timeline))),
      ms(median(results.map((result) => result.gestures))),
      ms(median(results.map((result) => result.longest))),
      ms(median(results.map((result) => result.total))),
    ]);
  }
  console.log(
    `\nA cold load in Chromium (4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s), ${values.dir}/, median of ${runs}`,
  );
  console.log(
    'Longest task and blocking time: over the load, until the page is ready and then idle; blocking time sums each long task beyond 50 ms.\n',
  );
  printTable(
    [
      'URL',
      'first paint',
      'hydrated',
      'timeline works',
      'wheel and drag',
      'longest task',
      'blocking time',
    ],
    rows,
  );
} finally {
  await browser.close();
  await server.close();
}
