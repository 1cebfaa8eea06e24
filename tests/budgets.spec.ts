import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { languages, originalLanguage, resumes, sitePages } from './support/site-pages';

/**
 * The performance budgets (KB = 1,000 bytes), checked on the production build. A page's HTML is
 * counted raw: it inlines the whole stylesheet (both themes and print, about 18 KB) and, on a home
 * page, draws every résumé item in both charts (wide and phone, about 19 KB); about 11 KB gzipped.
 */
const budgets = { firstViewJsGzip: 140_000, firstViewCssGzip: 20_000, html: 64_000 };

const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;
/**
 * The page kinds, from the content: every home page, a work project's page (else any project's)
 * and an employer's, where the content has them.
 */
const samplePages = [
  ...languages.map((language) => `/${language}/`),
  ...languages.slice(-1).flatMap((language) => {
    const { projects } = resumes[language]!;
    const project = projects.find((candidate) => 'employer' in candidate) ?? projects[0];
    return project ? [`/${language}/projects/${project.id}/`] : [];
  }),
  ...resumes[originalLanguage]!.work.slice(0, 1).map(
    (entry) => `/${originalLanguage}/work/${entry.id}/`,
  ),
];

test.describe('performance budgets', () => {
  test('a first view loads at most 140 KB of JavaScript and 20 KB of CSS, gzipped', async ({
    context,
  }) => {
    // The first view is what the page fetches until its load event, what it needs to show and
    // hydrate, plus the styles inlined in its HTML. Code deferred past it (the timeline's, at idle;
    // zoom, after that) is reported too.
    for (const path of samplePages) {
      const page = await context.newPage();
      const firstView = new Set<string>();
      const deferred = new Set<string>();
      let loaded = false;
      const onRequest = (request: { url(): string }) => {
        const { pathname } = new URL(request.url());
        if (/\.(js|css)$/.test(pathname)) (loaded ? deferred : firstView).add(pathname);
      };
      const onLoad = () => (loaded = true);
      page.on('request', onRequest);
      page.on('load', onLoad);
      await page.goto(path, { waitUntil: 'networkidle' });
      // Deferred code: the timeline's loads when the browser is idle (its zoom buttons then become
      // available), and d3-zoom after it.
      const zoomButtons = page.locator('.timeline-frame--horizontal .zoom-controls button');
      if (await zoomButtons.count()) {
        await expect(zoomButtons.first()).toHaveAttribute('aria-disabled', 'false');
        await page.waitForLoadState('networkidle');
      }
      const inlineCss = (await page.locator('style').allTextContents()).join('');
      await page.close();

      const total = (files: Set<string>, extension: string) =>
        [...files]
          .filter((file) => file.endsWith(extension))
          .reduce((sum, file) => sum + gzipSize(`dist${file}`), 0);
      const js = total(firstView, '.js');
      const css = total(firstView, '.css') + gzipSync(inlineCss).length;
      console.log(
        `${path}: first view ${(js / 1000).toFixed(1)} KB JS, ${(css / 1000).toFixed(1)} KB CSS; ` +
          `deferred ${(total(deferred, '.js') / 1000).toFixed(1)} KB JS (gzip)`,
      );
      expect(js, `${path} JavaScript`).toBeLessThanOrEqual(budgets.firstViewJsGzip);
      expect(css, `${path} CSS`).toBeLessThanOrEqual(budgets.firstViewCssGzip);
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

  test('every page’s HTML is at most 64 KB', () => {
    for (const { path } of sitePages()) {
      const size = statSync(`dist${path}index.html`).size;
      expect(size, path).toBeLessThanOrEqual(budgets.html);
    }
    expect(statSync('dist/404.html').size).toBeLessThanOrEqual(budgets.html);
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
