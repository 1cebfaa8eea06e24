// `npm run bench`: builds the site, serves dist/ as GitHub Pages would, and runs Lighthouse (its default
// mobile configuration: a Moto G Power with simulated throttling) three times on each page. Prints the
// median run of each (by Performance score), the targets each page misses, then runs
// `npm run bench:timeline`. A benchmark: it prints numbers, and fails only when something crashes.
//
// The default pages come from the content (bench-pages.mjs): each language's home and résumé pages,
// the original language's first employer and first project pages, and its home page in dark mode.
//
//   npm run bench                           the pages in bench-pages.mjs
//   npm run bench -- / --runs 1             other paths (under the base path), fewer runs
//   npm run bench -- /zh/ --theme dark      other paths with the system in dark mode
//   npm run bench -- --no-build --port 4235 measure the dist/ there is, served at another port
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPagesServer } from '../../src/build/pages-server.mjs';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { benchPages } from './bench-pages.mjs';
import { importBenchDependency } from './bench-dependencies.mjs';

const chromeLauncher = await importBenchDependency('chrome-launcher');
const { default: lighthouse } = await importBenchDependency('lighthouse');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean' },
    port: { type: 'string', default: '4183' },
    theme: { type: 'string', default: 'light' },
  },
});
if (values.theme !== 'light' && values.theme !== 'dark') {
  console.error(`--theme: expected light or dark, got "${values.theme}"`);
  process.exit(1);
}
const pages = positionals.length
  ? positionals.map((path) => ({ path, theme: values.theme }))
  : benchPages();
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs: expected a positive whole number, got "${values.runs}"`);
  process.exit(1);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port: expected a port number, got "${values.port}"`);
  process.exit(1);
}

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

/** Runs an npm script with this terminal, and exits with its status if it fails. */
function npmRun(script, env = {}) {
  const { status } = spawnSync('npm', ['run', script], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env },
  });
  if (status !== 0) {
    console.error(`\`npm run ${script}\` failed (exit status ${status}).`);
    process.exit(status ?? 1);
  }
}

const targets = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  lcp: 1.5,
  tbt: 50,
  cls: 0.02,
};

/**
 * The figures the table shows, from one Lighthouse result.
 * @param {import('lighthouse').Result} lhr
 */
function figures(lhr) {
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

/** The middle run by Performance score (the lower middle for an even number of runs). */
function medianRun(results) {
  const sorted = [...results].sort(
    (a, b) => (a.performance ?? -1) - (b.performance ?? -1) || (a.lcp ?? 0) - (b.lcp ?? 0),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Prints rows as a table with a header, the first column left-aligned and the rest right-aligned. */
function printTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]),
      )
      .join('  ');
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}

const fixed = (value, digits) => (value === null ? '–' : value.toFixed(digits));

// The build's SITE_URL is where it is served here, so canonical and hreflang links are the page's own.
if (!values['no-build']) npmRun('build', { SITE_URL: `http://localhost:${port}/` });

const server = await startPagesServer({ port });
const userDataDir = await mkdtemp(join(tmpdir(), 'lighthouse-chromium-'));
/** @type {Record<string, import('chrome-launcher').LaunchedChrome>} */
const chromes = {};
let crashed = false;
/** @type {{ path: string; median: ReturnType<typeof figures> }[]} */
const measured = [];
const warnings = new Set();
try {
  for (const { path, theme } of pages) {
    // One browser per theme: Lighthouse cannot emulate prefers-color-scheme, Chromium's flag can.
    await mkdir(join(userDataDir, theme), { recursive: true });
    const chrome = (chromes[theme] ??= await chromeLauncher.launch({
      chromePath,
      chromeFlags: [
        ...chromiumArgs,
        '--headless=new',
        ...(theme === 'dark' ? ['--force-dark-mode'] : []),
      ],
      userDataDir: join(userDataDir, theme),
      logLevel: 'silent',
    }));
    const label = theme === 'dark' ? `${path} (dark)` : path;
    const url = new URL(path.replace(/^\/+/, ''), server.url).href;
    const results = [];
    for (let run = 1; run <= runs; run += 1) {
      process.stderr.write(`Lighthouse ${url} (run ${run} of ${runs})\n`);
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
        });
        if (!result) throw new Error('Lighthouse returned no result');
        for (const warning of result.lhr.runWarnings) {
          if (warning !== result.lhr.runtimeError?.message) warnings.add(warning);
        }
        results.push(figures(result.lhr));
      } catch (error) {
        crashed = true;
        console.error(`Lighthouse crashed on ${url}:`, error);
      }
    }
    if (results.length) measured.push({ path: label, median: medianRun(results) });
  }
} finally {
  for (const chrome of Object.values(chromes)) await chrome.kill();
  await server.close();
  await rm(userDataDir, { recursive: true, force: true });
}

const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version;
console.log(
  `\nLighthouse ${lighthouseVersion}, mobile (Moto G Power, simulated throttling), median of ${runs} run${runs === 1 ? '' : 's'} by Performance; served as on GitHub Pages at ${server.url}`,
);
console.log(
  'Transferred during the run, in KB (JS includes the timeline code loaded when idle; the styles are inlined in the HTML); FCP and LCP in seconds, TBT in ms.\n',
);
printTable(
  [
    'URL',
    'Performance',
    'Accessibility',
    'Best Practices',
    'SEO',
    'FCP',
    'LCP',
    'TBT',
    'CLS',
    'JS',
    'CSS',
    'HTML',
  ],
  measured.map(({ path, median: m }) => [
    path,
    String(m.performance ?? '–'),
    String(m.accessibility ?? '–'),
    String(m['best-practices'] ?? '–'),
    String(m.seo ?? '–'),
    fixed(m.fcp, 2),
    fixed(m.lcp, 2),
    fixed(m.tbt, 0),
    fixed(m.cls, 3),
    fixed(m.js, 1),
    fixed(m.css, 1),
    fixed(m.html, 1),
  ]),
);

console.log(
  `\nTargets: Performance ${targets.performance}, Accessibility ${targets.accessibility}, Best Practices ${targets['best-practices']}, SEO ${targets.seo}; LCP ≤ ${targets.lcp} s, TBT ≤ ${targets.tbt} ms, CLS ≤ ${targets.cls}.`,
);
const misses = [];
for (const { path, median: m } of measured) {
  if (m.error) {
    misses.push(`${path}: Lighthouse could not measure the page (${m.error})`);
    continue;
  }
  for (const [id, title] of [
    ['performance', 'Performance'],
    ['accessibility', 'Accessibility'],
    ['best-practices', 'Best Practices'],
    ['seo', 'SEO'],
  ]) {
    if (m[id] === null || m[id] < targets[id]) {
      const where = m.losing[id].length ? `; loses points on ${m.losing[id].join(', ')}` : '';
      misses.push(`${path}: ${title} ${m[id] ?? '–'} (target ${targets[id]}${where})`);
    }
  }
  if (m.lcp === null || m.lcp > targets.lcp) {
    misses.push(`${path}: LCP ${fixed(m.lcp, 2)} s (target ≤ ${targets.lcp} s)`);
  }
  if (m.tbt === null || m.tbt > targets.tbt) {
    misses.push(`${path}: TBT ${fixed(m.tbt, 0)} ms (target ≤ ${targets.tbt} ms)`);
  }
  if (m.cls === null || m.cls > targets.cls) {
    misses.push(`${path}: CLS ${fixed(m.cls, 3)} (target ≤ ${targets.cls})`);
  }
}
if (misses.length) {
  console.log(`Missed (${misses.length}):`);
  for (const miss of misses) console.log(`  - ${miss}`);
} else console.log('Every page meets every target.');
if (warnings.size) {
  console.log('\nLighthouse warned:');
  for (const warning of warnings) console.log(`  - ${warning}`);
}

npmRun('bench:timeline');
if (crashed) process.exit(1);
