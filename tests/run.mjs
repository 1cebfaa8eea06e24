// `npm test`: the unit and component tests (Vitest, jsdom), then the browser tests (Playwright, real
// Chromium) against a fresh production build. Without a Chromium the browser tests are skipped with
// one line saying so, unless REQUIRE_BROWSER_TESTS=1 (as in CI), where that is a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './support/find-chromium.mjs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(command, args) {
  return (
    spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1
  );
}

function runWithEnv(command, args, env) {
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1
  );
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/vitest.json`,
]);
const unit = readJson(`${results}/vitest.json`);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
} else if (unitStatus !== 0) totals.failed += 1;

let browserStatus = 0;
const chromium = findChromium();
if (!chromium) {
  console.log(
    '\nBrowser tests skipped: no Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  if (process.env.REQUIRE_BROWSER_TESTS === '1') {
    console.error('REQUIRE_BROWSER_TESTS=1: the browser tests must run, so this is a failure.');
    browserStatus = 1;
    totals.failed += 1;
  }
} else {
  console.log(
    `\nBrowser tests: building the site (at / and at /portfolio/), then testing it in ${chromium}`,
  );
  // Each build's SITE_URL is where the tests serve it (see tests/support/site-servers.ts).
  const port = Number(process.env.E2E_PORT ?? 4173);
  browserStatus = runWithEnv('npm', ['run', 'build', '--silent'], {
    SITE_URL: `http://localhost:${port}/`,
  });
  if (browserStatus === 0) {
    browserStatus = runWithEnv('node', ['src/build/build-site.mjs'], {
      DIST_DIR: 'dist-subpath',
      SITE_URL: `http://localhost:${port + 1}/portfolio/`,
    });
  }
  if (browserStatus === 0) browserStatus = run('npx', ['playwright', 'test']);
  const browser = readJson(`${results}/playwright.json`);
  if (browser && browserStatus !== 1) {
    totals.passed += browser.stats.expected;
    totals.failed += browser.stats.unexpected + browser.stats.flaky;
    totals.skipped += browser.stats.skipped;
  } else if (browserStatus !== 0) totals.failed += 1;
}

const failed = unitStatus !== 0 || browserStatus !== 0;
if (failed && totals.failed === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed ? 1 : 0);
