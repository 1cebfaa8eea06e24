// `npm run bench:timeline`: builds the benchmark page (production React), opens it in Chromium and
// prints, for generated careers of 10, 100 and 1,000 items, the layout time, the first render time
// and the median frame time of a scripted zoom gesture. A benchmark: it prints numbers, it does not
// pass or fail.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { readContentLanguages } from '../../src/content/content-languages.ts';
import { resumeModulePlugin } from '../../src/content/resume-module-plugin.ts';
import {
  siteLanguageConstants,
  siteLanguagesPlugin,
} from '../../src/content/site-languages-plugin.ts';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../node_modules/.bench/timeline', import.meta.url));
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

// The timeline's components translate through src/i18n/config.ts, which imports the site's languages
// (`virtual:site-content`, and through it each language's résumé module): the plugins that serve them.
const contentLanguages = readContentLanguages('src/content');
await build({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [siteLanguagesPlugin(contentLanguages), resumeModulePlugin()],
  define: siteLanguageConstants(contentLanguages),
  build: { outDir, emptyOutDir: true, rollupOptions: { input: `${root}timeline.html` } },
});
const server = await preview({
  root,
  base: './',
  logLevel: 'warn',
  preview: { port: 4190, strictPort: true },
  build: { outDir },
});
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto('http://localhost:4190/timeline.html');
  await page.waitForFunction(() => 'runTimelineBenchmark' in window);
  const rows = [];
  for (const size of [10, 100, 1000]) {
    rows.push(await page.evaluate((n) => window.runTimelineBenchmark(n), size));
  }
  const format = (ms) => `${ms.toFixed(2)} ms`.padStart(10);
  console.log('\nTimeline benchmark (Chromium, production build, 1100 px wide; medians)');
  console.log('items   marks     layout  first render   zoom frame');
  for (const row of rows) {
    console.log(
      `${String(row.size).padStart(5)} ${String(row.marks).padStart(7)} ${format(row.layout)} ${format(row.firstRender).padStart(13)} ${format(row.zoomFrame).padStart(12)}`,
    );
  }
  const big = rows.at(-1);
  console.log(
    `\nTargets at 1,000 items: layout ≤ 16 ms (${big.layout <= 16 ? 'met' : 'missed'}), zoom frame ≤ 16 ms (${big.zoomFrame <= 16 ? 'met' : 'missed'}).`,
  );
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
