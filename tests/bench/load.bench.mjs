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
// the first paint too; and since the page's scripts start at its load event, it also prints the
// longest task from the load event on, the part of the load that is the scripts'. It drives
// Chromium over the DevTools protocol itself (devtools-browser.mjs), not through Playwright, which
// would switch on DevTools' Runtime domain and so slow ReactDOM's start about fourfold. A benchmark:
// it prints numbers, it does not pass or fail.
//
// The default pages come from the content (bench-pages.mjs): each language's home and résumé pages,
// and the original language's first employer and first project pages. `--compare <dir>` loads
// another build too (another commit's dist/, built with the same SITE_URL; repeat the flag for more),
// and `--floor` this build with its scripts removed (no-javascript-floor.mjs), which is never
// hydrated: it is measured until it has loaded and is idle. The builds take turns, load by load, so
// that a machine's drift from one minute to the next falls on all of them alike.
//
//   npm run bench:load                      the pages above, 5 loads each, on the dist/ there is
//   npm run bench:load -- /zh/ --runs 9     other paths, more loads
//   npm run bench:load -- /zh/ /en/ --compare ../main/dist --floor
//                                           this build, main's and the floor, by turns
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startPagesServer } from '../../src/build/pages-server.mjs';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { benchPages } from './bench-pages.mjs';
import { launchDevtoolsBrowser } from './devtools-browser.mjs';
import { copyWithoutJavaScript } from './no-javascript-floor.mjs';
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
    compare: { type: 'string', multiple: true, default: [] },
    floor: { type: 'boolean' },
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

const floorDir = values.floor ? await copyWithoutJavaScript(values.dir) : undefined;
const builds = [
  { label: values.dir, root: values.dir },
  ...values.compare.map((dir) => ({ label: dir, root: dir })),
  ...(floorDir ? [{ label: 'floor', root: floorDir, floor: true }] : []),
];
const servers = await Promise.all(
  builds.map(({ root }, index) => startPagesServer({ root, port: Number(values.port) + index })),
);
// Not Playwright's: it would switch on DevTools' Runtime domain, which slows ReactDOM's start about
// fourfold (devtools-browser.mjs). A visitor's browser has no DevTools attached.
const browser = await launchDevtoolsBrowser(executablePath, chromiumArgs);
/**
 * One cold load of `path` from `server`: the moments above in ms from the start of navigation, and
 * the start and duration of each of the load's long tasks in ms. A page without scripts (`floor`) is
 * measured until it has loaded.
 */
async function load(server, path, floor) {
  const page = await browser.newPage();
  await page.send('Emulation.setDeviceMetricsOverride', {
    width: 412,
    height: 823,
    deviceScaleFactor: 1,
    mobile: false,
  });
  await page.send('Network.enable');
  await page.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.send('Network.emulateNetworkConditions', { offline: false, ...slow4g });
  await page.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const timeline = path.split('/').filter(Boolean).length === 1;
  // Stamps the moment each state appears, in the page's own clock, and says when the load is over.
  // The page itself says so: a helper injected to wait for it (Playwright's is one) would be a task
  // of 100–200 ms at this slowdown that the load would be charged for.
  const measure = ({ needsTimeline, hydrates }) => {
    const seen = {};
    Object.defineProperty(window, '__loadTimes', { value: seen });
    // Every main-thread task over 50 ms from here on: the page's scripts have not started yet.
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    const ready = () =>
      !hydrates ||
      (seen.hydrated !== undefined &&
        (!needsTimeline || (seen.timeline !== undefined && seen.gestures !== undefined)));
    // A long task is reported once it ends, and the one that made the page ready may still be
    // running: wait until the main thread is idle, so that it and any work queued after it count.
    let finishing = false;
    const finish = () => {
      if (finishing || !ready() || document.readyState !== 'complete') return;
      finishing = true;
      requestIdleCallback(
        () => {
          // Entries still queued for the observer's callback count too.
          longTasks.push(...observer.takeRecords());
          window.__loadResult = JSON.stringify({
            fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
            loadEvent: performance.getEntriesByType('navigation')[0]?.loadEventStart ?? null,
            ...seen,
            longTasks: longTasks.map(({ startTime, duration }) => ({ startTime, duration })),
          });
        },
        { timeout: 10_000 },
      );
    };
    const check = () => {
      if (!seen.hydrated && document.querySelector('.theme-switcher select:not([disabled])'))
        seen.hydrated = performance.now();
      if (!seen.timeline && document.querySelector('.zoom-controls button[aria-disabled="false"]'))
        seen.timeline = performance.now();
      finish();
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
    });
    window.addEventListener('load', () => setTimeout(finish));
    // d3-zoom marks the element it attaches to (no DOM change to observe), so look each frame.
    const gestures = () => {
      if (document.querySelector('.timeline-frame--horizontal svg')?.__zoom) {
        seen.gestures = performance.now();
        finish();
      } else requestAnimationFrame(gestures);
    };
    requestAnimationFrame(gestures);
  };
  const settings = { needsTimeline: timeline, hydrates: !floor };
  await page.send('Page.enable'); // for the script below, which runs only with Page on
  await page.send('Page.addScriptToEvaluateOnNewDocument', {
    source: `(${measure})(${JSON.stringify(settings)})`,
  });
  await page.send('Page.navigate', { url: new URL(path.replace(/^\//, ''), server.url).href });
  // Asks over the DevTools protocol, which runs a line in the page and injects nothing.
  const deadline = Date.now() + 60_000;
  let result;
  while (!result) {
    if (Date.now() > deadline) throw new Error(`${path} was not ready within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    ({ result } = await page.send('Runtime.evaluate', {
      expression: 'window.__loadResult',
      returnByValue: true,
    }));
    result = result.value;
  }
  const times = JSON.parse(result);
  await page.close();
  return times;
}

/**
 * The longest task of a load, the longest from its load event on (when the page's scripts start),
 * and its total blocking time, in ms: the sum over its long tasks of each one's time beyond 50 ms,
 * the budget of a task that still feels instant.
 * @param {{ startTime: number, duration: number }[]} tasks the load's long tasks, in ms
 * @param {number} loadEvent when the load event started, in ms
 */
function blocking(tasks, loadEvent) {
  const longest = (some) => Math.max(0, ...some.map((task) => task.duration));
  return {
    longest: longest(tasks),
    longestFromLoad: longest(tasks.filter((task) => task.startTime >= loadEvent)),
    total: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
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
    const results = builds.map(() => []);
    for (let run = 0; run < runs; run += 1) {
      for (const [index, build] of builds.entries()) {
        const { longTasks, loadEvent, ...times } = await load(servers[index], path, build.floor);
        results[index].push({ ...times, ...blocking(longTasks, loadEvent) });
      }
    }
    for (const [index, build] of builds.entries()) {
      const column = (name) => ms(median(results[index].map((result) => result[name])));
      rows.push([
        path,
        build.label,
        column('fcp'),
        column('hydrated'),
        column('timeline'),
        column('gestures'),
        column('longest'),
        column('longestFromLoad'),
        column('total'),
      ]);
    }
  }
  console.log(
    `\nA cold load in Chromium (4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s), median of ${runs}${builds.length > 1 ? ', the builds by turns' : ''}`,
  );
  if (floorDir) console.log(`floor: ${values.dir} without its scripts, never hydrated`);
  console.log(
    'Longest task and blocking time: over the load, until the page is ready and then idle; "from load" counts the tasks from the load event on, when the scripts start; blocking time sums each long task beyond 50 ms.\n',
  );
  printTable(
    [
      'URL',
      'build',
      'first paint',
      'hydrated',
      'timeline works',
      'wheel and drag',
      'longest task',
      'from load',
      'blocking time',
    ],
    rows,
  );
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  if (floorDir) await rm(floorDir, { recursive: true, force: true });
}
