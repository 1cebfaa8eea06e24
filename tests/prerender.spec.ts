import { siteServers } from './support/site-servers';
import {
  endsWithPath,
  languages,
  originalLanguage,
  otherLanguage,
  resumes,
  sitePages,
  switcherName,
} from './support/site-pages';
import { expect, test } from './support/fixtures';
import { interfaceString } from './support/interface-string';
import { iconLetters } from '../src/content/site-icon';

const pages = sitePages();

/** The language most tests here read: the last, a translation on a site in two languages. */
const language = languages.at(-1) ?? originalLanguage;
const resume = resumes[language]!;
/** The site's other language, which the language-switch tests switch to. */
const other = otherLanguage(language);
/** How the pages in `language` write a month in its year (`Jan 2019`), as the site reads it off Intl. */
const yearMonth = new Intl.DateTimeFormat(language, {
  year: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

test.describe('the prerendered HTML, read without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Tests here visit every page of the site, one after another: time for a slow or busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('is styled from its own HTML: it paints without waiting for a stylesheet', async ({
    page,
  }) => {
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    for (const path of [
      `/${originalLanguage}/`,
      ...resume.projects.slice(0, 1).map((project) => `/${language}/projects/${project.id}/`),
      `/${language}/no-such-page/`,
    ]) {
      await page.goto(path);
      // The header's rule and the page's measure come from the site's styles, not the browser's.
      await expect(page.locator('.site-header'), path).toHaveCSS('border-bottom-style', 'solid');
      await expect(page.locator('.site-header__inner'), path).not.toHaveCSS('max-width', 'none');
    }
    expect(stylesheets).toEqual([]);
  });

  test('shows the timeline, whose nodes and language switch are plain links that work', async ({
    page,
  }) => {
    const employer = resume.work[0];
    test.skip(employer === undefined, 'the résumé lists no employer');
    await page.goto(`/${language}/`);
    const timeline = page.locator('.timeline-frame--horizontal');
    await expect(timeline.locator('svg.timeline-svg')).toBeVisible();
    await timeline
      .locator(`a.timeline-mark[data-id="${employer!.id}"] .timeline-mark__band`)
      .click();
    await expect(page).toHaveURL(endsWithPath(`/${language}/work/${employer!.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer!.name);
    if (other === undefined) return; // A site in one language has no switch.
    await page.getByRole('link', { name: switcherName(language), exact: true }).click();
    await expect(page).toHaveURL(endsWithPath(`/${other}/work/${employer!.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      resumes[other]!.work.find((entry) => entry.id === employer!.id)!.name,
    );
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

  test('the tab’s icon is drawn from the résumé: the person’s letters, not another’s', async ({
    page,
  }) => {
    await page.goto(`/${language}/`);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(new URL(href ?? '', page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const names = languages.map((tag) => resumes[tag]!.basics.name);
    expect(await response.text()).toContain(`>${iconLetters(names)}</text>`);
    // It is an image the browser draws.
    const size = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      return image.naturalWidth;
    }, href ?? '');
    expect(size).toBeGreaterThan(0);
  });

  test('sends a page URL without its trailing slash to the slash URL, as GitHub Pages does', async ({
    page,
  }) => {
    const employer = resume.work[0];
    test.skip(employer === undefined, 'the résumé lists no employer');
    const path = `/${language}/work/${employer!.id}`;
    const response = await page.goto(`${path}?from=link`);
    expect(response?.request().redirectedFrom()?.url()).toBe(
      `${siteServers.root.url.slice(0, -1)}${path}?from=link`,
    );
    await expect(page).toHaveURL(`${path}/?from=link`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer!.name);
  });

  test('hydrates a home page that carries a timeline view in its URL', async ({ page }) => {
    // A window of two years from the earliest employer's start, with that employer focused.
    const [employer] = [...resume.work].sort((a, b) => a.startDate.localeCompare(b.startDate));
    test.skip(employer === undefined, 'the résumé lists no employer');
    const [year] = employer!.startDate.split('-').map(Number) as [number];
    await page.goto(`/${language}/?view=${year}-01-01..${year + 2}-01-01&focus=${employer!.id}`);
    await expect(page.locator('.timeline-frame--horizontal .timeline-chart__caption')).toHaveText(
      interfaceString(language, 'timeline.showing', {
        from: yearMonth.format(Date.UTC(year, 0)),
        to: yearMonth.format(Date.UTC(year + 2, 0)),
      }),
    );
    await expect(
      page.locator(`.timeline-frame--horizontal a[data-id="${employer!.id}"]`),
    ).toBeFocused();
  });

  test('answers an unknown path with 404 and the not-found page in its language', async ({
    page,
  }) => {
    const response = await page.goto(`/${language}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString(language, 'notFound.heading'),
    );
    await expect(page.locator('main')).toContainText(`/${language}/no-such-page`);
    await expect(page).toHaveTitle(
      `${interfaceString(language, 'notFound.title')} · ${resume.basics.name}`,
    );

    const unknownId = await page.goto(`/${originalLanguage}/projects/no-such-project/`);
    expect(unknownId?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString(originalLanguage, 'notFound.heading'),
    );
  });

  test('serves the default language at the root, and sends a returning visitor to theirs', async ({
    page,
    request,
  }) => {
    const root = await (await request.get('/')).text();
    expect(root).toContain(`<html lang="${originalLanguage}"`);
    expect(root).toContain(resumes[originalLanguage]!.basics.name);

    await page.goto(`/${language}/`);
    await page.evaluate((chosen) => localStorage.setItem('language', chosen), language);
    await page.goto('/');
    await expect(page).toHaveURL(endsWithPath(`/${language}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
  });
});

test.describe('a build for a sub-path (a GitHub Pages project site)', () => {
  // Several page loads and a hydration wait, one after another: time for a busy machine.
  test.describe.configure({ timeout: 120_000 });
  test('works under /portfolio/: pages, assets, links and the language switch', async ({
    page,
  }) => {
    const base = siteServers.subPath.url;
    const response = await page.goto(`${base}${language}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${base}${language}/`);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe(`${new URL(base).pathname}favicon.svg`);
    expect((await page.request.get(new URL(icon ?? '', base).href)).status()).toBe(200);

    // A project of the content (a work project where there is one): its block on the timeline
    // leads to its page.
    const project =
      resume.projects.find((candidate) => 'employer' in candidate) ?? resume.projects[0];
    if (project) {
      await page
        .locator(`.timeline-frame--horizontal a.timeline-mark[data-id="${project.id}"]`)
        .click();
      await expect(page).toHaveURL(`${base}${language}/projects/${project.id}/`);
      if (other !== undefined) {
        await page.getByRole('link', { name: switcherName(language), exact: true }).click();
        await expect(page).toHaveURL(`${base}${other}/projects/${project.id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          resumes[other]!.projects.find((candidate) => candidate.id === project.id)!.name,
        );
      }
    }

    const deepLanguage = other ?? language;
    for (const employer of resumes[deepLanguage]!.work.slice(0, 1)) {
      const deep = await page.goto(`${base}${deepLanguage}/work/${employer.id}/`);
      expect(deep?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);
    }

    const missing = await page.goto(`${base}${deepLanguage}/nowhere`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString(deepLanguage, 'notFound.heading'),
    );
  });
});
