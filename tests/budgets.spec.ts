import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import type { Language } from '../src/config/languages';
import { languages, originalLanguage, resumes, sitePages } from './support/site-pages';

/**
 * The performance budgets (KB = 1,000 bytes), checked on the production build.
 * - Before the page's load event and its first contentful paint it fetches no script at all: the
 *   page paints and works as plain HTML, and the code that hydrates it comes after
 *   (src/app/start-script.ts, src/main.tsx).
 * - A whole visit, everything a page fetches until its timeline works, is the budget for a
 *   visitor's data: 150 KB for a home visit with the owner's résumé. Its code (all but the résumé)
 *   is at most 145.8 KB (React, React Router and i18next alone are about 99 KB). The résumé's own
 *   chunk grows with the résumé, so it is held to the résumé itself: no more than 5 % over the
 *   résumé as compact JSON, gzipped (the owner's is at most 4.2 KB, so his visits are at most
 *   150 KB). A fork with a longer résumé passes; a build that bloats it does not.
 * - A page's HTML is counted raw. It grows with the résumé it shows, so its budget does too: 32 KB
 *   for what every page has (the inline stylesheet, both themes and print, is about 18 KB) and 1.25 KB
 *   for each entry of its language's résumé (a job, a project, a skill, an award…). A home page draws
 *   each entry in both charts (wide and phone) and again in the document. The owner's 26 entries
 *   allow 64.5 KB; his home pages are about 60 KB raw, 11 KB gzipped.
 */
const budgets = {
  visitCodeGzip: 145_800,
  resumeChunkOverJson: 1.05,
  cssGzip: 20_000,
  htmlBase: 32_000,
  htmlPerEntry: 1_250,
};

/** Every entry of every list of the résumé: the things a page can draw. */
const entryCount = (resume: object) =>
  Object.values(resume).reduce<number>(
    (count, value) => count + (Array.isArray(value) ? value.length : 0),
    0,
  );
const htmlBudget = (language: Language) =>
  budgets.htmlBase + budgets.htmlPerEntry * entryCount(resumes[language]!);

const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;
/** The chunk of a language's résumé (src/content/load-resume.ts), by its file's name. */
const isResumeChunk = (file: string) => /\/resume\.[^/]+-[\w-]+\.js$/.test(file);
/** The most a résumé's chunk may weigh, gzipped: its content as compact JSON, and 5 %. */
const resumeChunkBudget = (language: Language) =>
  budgets.resumeChunkOverJson * gzipSync(JSON.stringify(resumes[language])).length;
/**
 * The page kinds, from the content: every home page, a work project's page (else any project's)
 * and an employer's, where the content has them.
 */
const samplePages: { language: Language; path: string }[] = [
  ...languages.map((language) => ({ language, path: `/${language}/` })),
  ...languages.slice(-1).flatMap((language) => {
    const { projects } = resumes[language]!;
    const project = projects.find((candidate) => 'employer' in candidate) ?? projects[0];
    return project ? [{ language, path: `/${language}/projects/${project.id}/` }] : [];
  }),
  ...resumes[originalLanguage]!.work.slice(0, 1).map((entry) => ({
    language: originalLanguage,
    path: `/${originalLanguage}/work/${entry.id}/`,
  })),
];

test.describe('performance budgets', () => {
  test('a page fetches no script before it has loaded and painted, and a visit at most 145.8 KB of code and its résumé’s weight, gzipped', async ({
    context,
  }) => {
    for (const { language, path } of samplePages) {
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'networkidle' });
      // The page hydrates after its load event (its theme control comes alive), then the
      // timeline's code arrives when the browser is idle (its zoom buttons then become available).
      await expect(page.locator('.theme-switcher select')).toBeEnabled();
      const zoomButtons = page.locator('.timeline-frame--horizontal .zoom-controls button');
      if (await zoomButtons.count()) {
        await expect(zoomButtons.first()).toHaveAttribute('aria-disabled', 'false');
      }
      await page.waitForLoadState('networkidle');
      // The page's own record of what it fetched, and when, against its load event.
      const fetched = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType(
          'navigation',
        ) as PerformanceNavigationTiming[];
        const paintAt = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        // Scripts may start once the page has both loaded and painted its content.
        const startAt = Math.max(navigation?.loadEventStart ?? 0, paintAt ?? Infinity);
        return performance.getEntriesByType('resource').map((entry) => ({
          pathname: new URL(entry.name).pathname,
          beforeLoad: entry.startTime < startAt,
        }));
      });
      const beforeLoad = new Set(
        fetched.filter((entry) => entry.beforeLoad).map((entry) => entry.pathname),
      );
      const afterLoad = new Set(
        fetched.filter((entry) => !entry.beforeLoad).map((entry) => entry.pathname),
      );
      const inlineCss = (await page.locator('style').allTextContents()).join('');
      await page.close();

      const total = (files: Set<string>, extension: string) =>
        [...files]
          .filter((file) => file.endsWith(extension))
          .reduce((sum, file) => sum + gzipSize(`dist${file}`), 0);
      const early = total(beforeLoad, '.js');
      const visit = early + total(afterLoad, '.js');
      const resumeChunks = [...afterLoad].filter(isResumeChunk);
      const content = total(new Set(resumeChunks), '.js');
      const css = total(beforeLoad, '.css') + total(afterLoad, '.css') + gzipSync(inlineCss).length;
      const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
      console.log(
        `${path}: ${kb(early)} JS before the load event and first paint, ${kb(visit)} JS in all ` +
          `(${kb(visit - content)} code, ${kb(content)} résumé), ${kb(css)} CSS (gzip)`,
      );
      expect(early, `${path} JavaScript before the load event and first paint`).toBe(0);
      expect(resumeChunks, `${path} fetches its language’s résumé once`).toHaveLength(1);
      expect(content, `${path} résumé chunk`).toBeLessThanOrEqual(resumeChunkBudget(language));
      expect(visit - content, `${path} code of the visit`).toBeLessThanOrEqual(
        budgets.visitCodeGzip,
      );
      expect(css, `${path} CSS`).toBeLessThanOrEqual(budgets.cssGzip);
    }
  });

  test('a page downloads only its own language’s strings and content', async ({ page }) => {
    test.skip(languages.length < 2, 'needs two languages');
    const [language, ...others] = [...languages].reverse();
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname);
    });
    await page.goto(`/${language}/`, { waitUntil: 'networkidle' });
    for (const other of others) {
      expect(
        scripts.filter((path) => path.includes(`/${other}-`) || path.includes(`/resume.${other}-`)),
      ).toEqual([]);
    }
  });

  test('every page’s HTML is at most 32 KB and 1.25 KB for each entry of its résumé', () => {
    for (const { path, language } of sitePages()) {
      const size = statSync(`dist${path}index.html`).size;
      expect(size, `${path} against ${htmlBudget(language)} bytes`).toBeLessThanOrEqual(
        htmlBudget(language),
      );
    }
    expect(statSync('dist/404.html').size).toBeLessThanOrEqual(htmlBudget(originalLanguage));
  });

  test('ships no web font: the system CJK and Latin faces are used', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    expect(files('dist').filter((path) => /\.(woff2?|ttf|otf|eot)$/.test(path))).toEqual([]);
  });
});
