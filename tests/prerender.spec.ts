import { siteServers } from './support/site-servers';
import { resumes, sitePages, switcherName } from './support/site-pages';
import { expect, test } from './support/fixtures';
import { interfaceString } from './support/interface-string';

const pages = sitePages();

/** How the English pages write a month in its year: `Jan 2019`. */
const englishMonth = new Intl.DateTimeFormat('en', {
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
      '/zh/',
      `/en/projects/${resumes.en.projects[0]!.id}/`,
      '/en/no-such-page/',
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
    const employer = resumes.en.work[0]!;
    await page.goto('/en/');
    const timeline = page.locator('.timeline-frame--horizontal');
    await expect(timeline.locator('svg.timeline-svg')).toBeVisible();
    await timeline
      .locator(`a.timeline-mark[data-id="${employer.id}"] .timeline-mark__band`)
      .click();
    await expect(page).toHaveURL(new RegExp(`/en/work/${employer.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);
    await page.getByRole('link', { name: switcherName('en'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/zh/work/${employer.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      resumes.zh.work.find((entry) => entry.id === employer.id)!.name,
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
    // A window of two years from the earliest employer's start, with that employer focused.
    const [employer] = [...resumes.en.work].sort((a, b) => a.startDate.localeCompare(b.startDate));
    if (!employer) throw new Error('The résumé has no work entry.');
    const [year] = employer.startDate.split('-').map(Number) as [number];
    await page.goto(`/en/?view=${year}-01-01..${year + 2}-01-01&focus=${employer.id}`);
    await expect(page.locator('.timeline-frame--horizontal .timeline-chart__caption')).toHaveText(
      interfaceString('en', 'timeline.showing', {
        from: englishMonth.format(Date.UTC(year, 0)),
        to: englishMonth.format(Date.UTC(year + 2, 0)),
      }),
    );
    await expect(
      page.locator(`.timeline-frame--horizontal a[data-id="${employer.id}"]`),
    ).toBeFocused();
  });

  test('answers an unknown path with 404 and the not-found page in its language', async ({
    page,
  }) => {
    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString('en', 'notFound.heading'),
    );
    await expect(page.locator('main')).toContainText('/en/no-such-page');
    await expect(page).toHaveTitle(
      `${interfaceString('en', 'notFound.title')} · ${resumes.en.basics.name}`,
    );

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
    expect(root).toContain('<html lang="zh"');
    expect(root).toContain(resumes.zh.basics.name);

    await page.goto('/en/');
    await page.evaluate(() => localStorage.setItem('language', 'en'));
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes.en.basics.name);
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
    const project = resumes.en.projects.find((candidate) => 'employer' in candidate)!;
    await page
      .locator(`.timeline-frame--horizontal a.timeline-mark[data-id="${project.id}"]`)
      .click();
    await expect(page).toHaveURL(`${base}en/projects/${project.id}/`);
    await page.getByRole('link', { name: switcherName('en'), exact: true }).click();
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
