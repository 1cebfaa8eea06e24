// `npm run bench`: builds the site, serves dist/ as GitHub Pages would, and runs Lighthouse (its default
// mobile configuration: a Moto G Power with simulated throttling) three times on each page. Prints the
// median run of each (by Performance score), the targets each page misses, then runs
// `npm run bench:timeline`. A benchmark: it prints numbers, and fails only when something crashes.
//
// The default pages come from the content (bench-pages.mjs): each language's home and résumé pages,
// the original language's first employer and first project pages, and its home page in dark mode.
//
// A change's effect is judged side by side in one run, because the same machine can be twice as fast
// one hour as the next. `--compare <dir>` also measures another built site (another commit's dist/,
// built with the same SITE_URL; repeat the flag for more), and `--floor` the no-JavaScript floor:
// this build with every executable script and script preload removed (no-javascript-floor.mjs). Each
// build has its own server, on the ports after --port in the order above, and Lighthouse takes turns:
// for each page, for each run, each build in order. It then prints a table per page: the median of
// each figure for each build, and each figure as a multiple of this build's (LCP ×0.95: 5 % sooner).
// The timeline benchmark, which measures this code alone, is left out.
//
//   npm run bench                           the pages in bench-pages.mjs
//   npm run bench -- / --runs 1             other paths (under the base path), fewer runs
//   npm run bench -- /zh/ --theme dark      other paths with the system in dark mode
//   npm run bench -- --no-build --port 4235 measure the dist/ there is, served at another port
//   npm run bench -- --compare ../main-dist --runs 5
//                                           this build beside another, alternately, 5 runs each
//   npm run bench -- /en/ --floor           this build beside its no-JavaScript floor
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPagesServer } from '../../src/build/pages-server.mjs';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { benchPages } from './bench-pages.mjs';
import { importBenchDependency } from './bench-dependencies.mjs';
import { figures, medianFigures, medianRun } from './lighthouse-figures.mjs';
import { copyWithoutJavaScript } from './no-javascript-floor.mjs';
import { printComparison } from './print-comparison.mjs';
import { printTable } from './print-table.mjs';

const chromeLauncher = await importBenchDependency('chrome-launcher');
const { default: lighthouse } = await importBenchDependency('lighthouse');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean' },
    port: { type: 'string', default: '4183' },
    theme: { type: 'string', default: 'light' },
    compare: { type: 'string', multiple: true, default: [] },
    floor: { type: 'boolean' },
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
// Checked before the build, so that a mistyped folder fails at once rather than a minute later.
for (const dir of values.compare) {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`--compare: ${dir} is not a folder (expected another build's dist/)`);
    process.exit(1);
  }
}
const comparing = values.compare.length > 0 || Boolean(values.floor);

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

const fixed = (value, digits) => (value === null ? '–' : value.toFixed(digits));

// The build's SITE_URL is where it is served here, so canonical and hreflang links are the page's own.
if (!values['no-build']) npmRun('build', { SITE_URL: `http://localhost:${port}/` });

const floorDir = values.floor ? await copyWithoutJavaScript('dist') : undefined;
/**
 * The builds measured, this one first: the others' figures are read as multiples of its.
 * @type {{ label: string; root: string }[]}
 */
const builds = [
  { label: 'this build', root: 'dist' },
  ...values.compare.map((dir) => ({ label: dir, root: dir })),
  ...(floorDir ? [{ label: 'floor', root: floorDir }] : []),
];
/** @type {{ url: string; close(): Promise<void> }[]} */
const servers = [];
const userDataDir = await mkdtemp(join(tmpdir(), 'lighthouse-chromium-'));
/** @type {Record<string, import('chrome-launcher').LaunchedChrome>} */
const chromes = {};
let crashed = false;
/** @type {{ path: string; results: ReturnType<typeof figures>[][] }[]} */
const measured = [];
const warnings = new Set();
try {
  for (const [index, { root }] of builds.entries()) {
    servers.push(await startPagesServer({ root, port: port + index }));
  }
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
    /** @type {ReturnType<typeof figures>[][]} each build's runs */
    const results = builds.map(() => []);
    // The builds take turns, run by run, so that a machine slowing down mid-way weighs on each alike.
    for (let run = 1; run <= runs; run += 1) {
      for (const [index, build] of builds.entries()) {
        const url = new URL(path.replace(/^\/+/, ''), servers[index].url).href;
        const which = comparing ? `${build.label}, ` : '';
        process.stderr.write(`Lighthouse ${url} (${which}run ${run} of ${runs})\n`);
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
          results[index].push(figures(result.lhr));
        } catch (error) {
          crashed = true;
          console.error(`Lighthouse crashed on ${url}:`, error);
        }
      }
    }
    measured.push({ path: label, results });
  }
} finally {
  for (const chrome of Object.values(chromes)) await chrome.kill();
  for (const server of servers) await server.close();
  await rm(userDataDir, { recursive: true, force: true });
  if (floorDir) await rm(floorDir, { recursive: true, force: true });
}

const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version;
const lighthouseSetting = `Lighthouse ${lighthouseVersion}, mobile (Moto G Power, simulated throttling)`;
const runCount = `${runs} run${runs === 1 ? '' : 's'}`;

/** Prints a table per page with a row per build, as the header comment describes. */
function printSideBySide() {
  console.log(
    `\n${lighthouseSetting}, builds taking turns, the median of each figure over ${runCount}; served as on GitHub Pages:`,
  );
  for (const [index, { label }] of builds.entries()) {
    const what = label === 'floor' ? ' (this build without its scripts)' : '';
    console.log(`  ${label}${what} at ${servers[index].url}`);
  }
  console.log(
    "FCP and LCP in seconds, TBT in ms, JavaScript transferred in KB; × is a figure as a multiple of this build's (the first row): LCP ×0.95 is 5 % sooner.",
  );
  for (const { path, results } of measured) {
    console.log('');
    printComparison(
      path,
      builds.map(({ label }, index) => ({ label, medians: medianFigures(results[index]) })),
    );
  }
}

/** Prints this build's median run of each page, then the targets it misses. */
function printOneBuild() {
  const medians = measured
    .filter(({ results: [ownRuns] }) => ownRuns.length > 0)
    .map(({ path, results: [ownRuns] }) => ({ path, median: medianRun(ownRuns) }));
  console.log(
    `\n${lighthouseSetting}, median of ${runCount} by Performance; served as on GitHub Pages at ${servers[0].url}`,
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
    medians.map(({ path, median: m }) => [
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
  for (const { path, median: m } of medians) {
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
}

if (comparing) printSideBySide();
else printOneBuild();
if (warnings.size) {
  console.log('\nLighthouse warned:');
  for (const warning of warnings) console.log(`  - ${warning}`);
}
// The timeline benchmark measures this code alone, so it has no place beside other builds.
if (!comparing) npmRun('bench:timeline');
if (crashed) process.exit(1);
