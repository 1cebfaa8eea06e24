import { existsSync } from 'node:fs';
import { siteServers } from './support/site-servers';
import { distFile, resumes, sitePages } from './support/site-pages';
import { expect, test } from './support/fixtures';
import { interfaceString } from '../src/test/interface-string';

const pages = sitePages();

test.describe('the prerendered HTML, read without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Tests here visit every page of the site, one after another: time for a slow or busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('has every page of both languages, each with its h1, its content and its language', async ({
    page,
  }) => {
    const perLanguage = (language: 'zh' | 'en') =>
      2 + resumes[language].work.length + resumes[language].projects.length;
    expect(pages).toHaveLength(perLanguage('zh') + perLanguage('en'));
    for (const { path, heading, content, language } of pages) {
      expect(existsSync(`dist${path}index.html`), `dist${path}index.html`).toBe(true);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        language === 'zh' ? 'zh-CN' : 'en',
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('main')).toContainText(content);
    }
  });

  test('is styled from its own HTML: it paints without waiting for a stylesheet', async ({
    page,
  }) => {
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    for (const path of ['/zh/', '/en/projects/raft/', '/en/no-such-page/']) {
      await page.goto(path);
      // The header's rule and the page's measure come from the site's styles, not the browser's.
      await expect(page.locator('.site-header'), path).toHaveCSS('border-bottom-style', 'solid');
      await expect(page.locator('.site-header__inner'), path).not.toHaveCSS('max-width', 'none');
    }
    expect(stylesheets).toEqual([]);
  });

  test('gives every page a unique title and description, a canonical URL and its alternates', async ({
    page,
  }) => {
    const titles = new Set<string>();
    for (const { path } of pages) {
      await page.goto(path);
      const head = await page.evaluate(() => ({
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((link) =>
          link.getAttribute('hreflang'),
        ),
        og: ['og:title', 'og:description', 'og:url', 'og:image'].map((property) =>
          document.querySelector(`meta[property="${property}"]`)?.getAttribute('content'),
        ),
        twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
      }));
      expect(titles.has(head.title), `duplicate title ${head.title}`).toBe(false);
      titles.add(head.title);
      expect(head.description?.length, path).toBeGreaterThan(10);
      expect(head.canonical).toBe(new URL(path.slice(1), siteServers.root.url).href);
      expect(head.alternates).toEqual(['zh-CN', 'en', 'x-default']);
      expect(head.og.every(Boolean), path).toBe(true);
      expect(head.twitter).toBe('summary_large_image');
    }
  });

  test('describes him as a Person in JSON-LD on the home pages, without his phone number', async ({
    page,
  }) => {
    for (const language of ['zh', 'en'] as const) {
      await page.goto(`/${language}/`);
      const json = await page.locator('script[type="application/ld+json"]').textContent();
      const person = JSON.parse(json ?? '{}');
      expect(person['@type']).toBe('Person');
      expect(person.name).toBe(resumes[language].basics.name);
      expect(json).not.toContain(resumes[language].basics.phone);
    }
  });

  test('shows the timeline, whose nodes and language switch are plain links that work', async ({
    page,
  }) => {
    await page.goto('/en/');
    const timeline = page.locator('.timeline-frame--horizontal');
    await expect(timeline.locator('svg')).toBeVisible();
    await expect(timeline.locator('a.timeline-mark')).toHaveCount(10);
    await timeline.locator('a.timeline-mark[data-id="xiaomi"] .timeline-mark__band').click();
    await expect(page).toHaveURL(/\/en\/work\/xiaomi\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiaomi');
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/work\/xiaomi\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('小米科技');
  });

  test('lists every page in sitemap.xml, and points robots.txt at it', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const { path } of pages) {
      expect(sitemap).toContain(`<loc>${new URL(path.slice(1), siteServers.root.url).href}</loc>`);
    }
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${siteServers.root.url}sitemap.xml`);
    expect(existsSync('dist/404.html')).toBe(true);
    expect(existsSync('dist/.nojekyll')).toBe(true);
  });
});

test.describe('the served site', () => {
  // Tests here visit every page of the site, one after another: time for a slow or busy machine.
  test.describe.configure({ timeout: 120_000 });
  test('loads every deep link with status 200 and hydrates without an error', async ({ page }) => {
    for (const { path, heading } of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
    // Console errors (a hydration mismatch among them) fail the test through the fixture.
  });

  test('sends a page URL without its trailing slash to the slash URL, as GitHub Pages does', async ({
    page,
  }) => {
    const path = `/en/work/${resumes.en.work[0]!.id}`;
    const response = await page.goto(`${path}?from=link`);
    expect(response?.request().redirectedFrom()?.url()).toBe(
      `${siteServers.root.url.slice(0, -1)}${path}?from=link`,
    );
    await expect(page).toHaveURL(`${path}/?from=link`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes.en.work[0]!.name);
  });

  test('hydrates a home page that carries a timeline view in its URL', async ({ page }) => {
    await page.goto('/en/?view=2019-01-01..2021-06-01&focus=amazon');
    await expect(page.locator('.timeline-frame--horizontal .timeline-canvas__caption')).toHaveText(
      'Showing Jan 2019 to Jun 2021',
    );
    await expect(page.locator('.timeline-frame--horizontal a[data-id="amazon"]')).toBeFocused();
  });

  test('answers an unknown path with 404 and the not-found page in its language', async ({
    page,
  }) => {
    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await expect(page.locator('main')).toContainText('/en/no-such-page');
    await expect(page).toHaveTitle('Page not found · Linwei Zhang');

    const unknownId = await page.goto('/zh/projects/no-such-project/');
    expect(unknownId?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString('zh', 'notFound.heading'),
    );
  });

  test('serves the default language at the root, and sends a returning visitor to theirs', async ({
    page,
    request,
  }) => {
    const root = await (await request.get('/')).text();
    expect(root).toContain('<html lang="zh-CN"');
    expect(root).toContain(resumes.zh.basics.name);

    await page.goto('/en/');
    await page.evaluate(() => localStorage.setItem('language', 'en'));
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linwei Zhang');
  });
});

test.describe('a build for a sub-path (a GitHub Pages project site)', () => {
  // Several page loads and a hydration wait, one after another: time for a busy machine.
  test.describe.configure({ timeout: 120_000 });
  test('works under /portfolio/: pages, assets, links and the language switch', async ({
    page,
  }) => {
    const base = siteServers.subPath.url;
    const response = await page.goto(`${base}en/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes.en.basics.name);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${base}en/`);

    // Any work project of the content: its block on the timeline leads to its page.
    const project = resumes.en.projects.find((candidate) => candidate.type === 'work')!;
    await page
      .locator(`.timeline-frame--horizontal a.timeline-mark[data-id="${project.id}"]`)
      .click();
    await expect(page).toHaveURL(`${base}en/projects/${project.id}/`);
    await page
      .getByRole('link', { name: interfaceString('en', 'languageSwitcher.label'), exact: true })
      .click();
    await expect(page).toHaveURL(`${base}zh/projects/${project.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      resumes.zh.projects.find((candidate) => candidate.id === project.id)!.name,
    );

    const employer = resumes.zh.work[0]!;
    const deep = await page.goto(`${base}zh/work/${employer.id}/`);
    expect(deep?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);

    const missing = await page.goto(`${base}zh/nowhere`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString('zh', 'notFound.heading'),
    );
  });
});

test('the built HTML of every page matches what the browser shows after hydration', async ({
  page,
}) => {
  // The first paint is the prerendered HTML: its text must already be the page's text.
  const { path } = pages.find((candidate) => candidate.path === '/zh/projects/mrcp-rust-rewrite/')!;
  const html = distFile(`${path}index.html`);
  await page.goto(path);
  const shown = await page.locator('h1').textContent();
  expect(html).toContain(`${shown}</h1>`);
});
