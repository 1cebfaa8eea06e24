import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { sitePages } from './support/site-pages';

/** The performance budgets (KB = 1,000 bytes), checked on the production build. */
const budgets = { firstViewJsGzip: 140_000, firstViewCssGzip: 20_000, html: 50_000 };

const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;
const samplePages = ['/zh/', '/en/', '/en/projects/mrcp-rust-rewrite/', '/zh/work/xiaomi/'];

test.describe('performance budgets', () => {
  test('a first view loads at most 140 KB of JavaScript and 20 KB of CSS, gzipped', async ({
    page,
  }) => {
    for (const path of samplePages) {
      const files = new Set<string>();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (/\.(js|css)$/.test(url.pathname)) files.add(url.pathname);
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const sizes = { js: 0, css: 0 };
      for (const file of files)
        sizes[file.endsWith('.js') ? 'js' : 'css'] += gzipSize(`dist${file}`);
      console.log(
        `${path}: ${(sizes.js / 1000).toFixed(1)} KB JS, ${(sizes.css / 1000).toFixed(1)} KB CSS (gzip)`,
      );
      expect(sizes.js, `${path} JavaScript`).toBeLessThanOrEqual(budgets.firstViewJsGzip);
      expect(sizes.css, `${path} CSS`).toBeLessThanOrEqual(budgets.firstViewCssGzip);
      page.removeAllListeners('response');
    }
  });

  test('a page downloads only its own language’s strings and content', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname);
    });
    await page.goto('/en/', { waitUntil: 'networkidle' });
    expect(scripts.some((path) => /\/(zh|resume\.zh)-/.test(path))).toBe(false);
  });

  test('every page’s HTML is at most 50 KB', () => {
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
