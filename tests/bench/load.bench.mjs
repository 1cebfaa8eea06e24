// `npm run bench:load`: what a visitor's load costs, measured in a real Chromium rather than
// simulated: the site served as on GitHub Pages, a phone's CPU (4× slower) on a slow 4G link (150 ms
// round trip, 1.6 Mbit/s down, as Lighthouse's mobile run assumes), an empty cache. For each page it
// prints the medians of the first contentful paint, the moment the page is hydrated (the header's
// theme control comes alive) and, on the home pages, the moments the timeline works (its zoom
// buttons come alive) and takes wheel and drag gestures (d3-zoom has attached). A benchmark: it prints numbers, it does not pass or fail.
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
/** One cold load of `path`: times in ms from the start of navigation. */
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
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    ...window.__loadTimes,
  }));
  await context.close();
  return times;
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
    for (let run = 0; run < runs; run += 1) results.push(await load(path));
    rows.push([
      path,
      ms(median(results.map((result) => result.fcp))),
      ms(median(results.map((result) => result.hydrated))),
      ms(median(results.map((result) => result.timeline))),
      ms(median(results.map((result) => result.gestures))),
    ]);
  }
  console.log(
    `\nA cold load in Chromium (4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s), ${values.dir}/, median of ${runs}`,
  );
  const header = ['URL', 'first paint', 'hydrated', 'timeline works', 'wheel and drag'];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
} finally {
  await browser.close();
  await server.close();
}
