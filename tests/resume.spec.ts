import type { Page } from '@playwright/test';
import enStrings from '../src/i18n/locales/en.json' with { type: 'json' };
import zhStrings from '../src/i18n/locales/zh.json' with { type: 'json' };
import { paths } from '../src/config/paths';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { phoneOf, resumes, switcherName } from './support/site-pages';

const sites = [
  { language: 'zh', other: 'en', strings: zhStrings, otherStrings: enStrings },
  { language: 'en', other: 'zh', strings: enStrings, otherStrings: zhStrings },
] as const;

/** Every piece of text a part of the page shows, one string per element that holds text itself. */
async function shownStrings(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const strings: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && node.parentElement?.checkVisibility()) strings.push(text);
    }
    return strings;
  });
}

for (const { language, other, strings, otherStrings } of sites) {
  const resume = resumes[language];

  test.describe(`the ${language} résumé page`, () => {
    test('shows every fact of the home page’s document, and the phone number', async ({ page }) => {
      await page.goto(`/${language}/`);
      const documentStrings = await shownStrings(page, '.resume-document');
      expect(documentStrings.length).toBeGreaterThan(resume.work.length + resume.projects.length);

      await page.goto(`/${language}/resume/`);
      const main = page.getByRole('main');
      const shown = (await main.innerText()).replace(/\s+/g, ' ');
      const missing = documentStrings.filter((text) => !shown.includes(text.replace(/\s+/g, ' ')));
      expect(missing).toEqual([]);
      await expect(main.getByRole('link', { name: phoneOf(resume) })).toBeVisible();
      await expect(main.getByRole('link', { name: resume.basics.email })).toBeVisible();
      await expect(page).toHaveTitle(`${resume.basics.name} · ${strings.resume.title}`);
    });

    test('is reached from the header of every page, and shows the phone number there', async ({
      page,
    }) => {
      for (const path of [`/${language}/`, `/${language}/work/${resume.work[0]!.id}/`]) {
        await page.goto(path);
        await page
          .getByRole('navigation', { name: strings.site.primaryNavigation })
          .getByRole('link', { name: strings.resume.link, exact: true })
          .click();
        await expect(page).toHaveURL(`/${language}/resume/`);
        await expect(page.getByRole('main').getByText(phoneOf(resume))).toBeVisible();
      }
    });

    test('switches language, and goes Back and Forward, without losing the phone number', async ({
      page,
    }) => {
      const otherResume = resumes[other];
      await page.goto(`/${language}/resume/`);
      await page.getByRole('link', { name: switcherName(language), exact: true }).click();
      await expect(page).toHaveURL(`/${other}/resume/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherResume.basics.name);
      await expect(page).toHaveTitle(`${otherResume.basics.name} · ${otherStrings.resume.title}`);
      await expect(page.getByRole('main').getByText(phoneOf(otherResume))).toBeVisible();

      // A client-side visit to another page, then Back onto the résumé and Forward again.
      const employer = otherResume.work[0]!;
      await page
        .getByRole('region', { name: otherStrings.sections.experience })
        .getByRole('link', { name: employer.name, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);
      await page.goBack();
      await expect(page).toHaveURL(`/${other}/resume/`);
      await expect(page.getByRole('main').getByText(phoneOf(otherResume))).toBeVisible();
      await page.goBack();
      await expect(page).toHaveURL(`/${language}/resume/`);
      await expect(page.getByRole('main').getByText(phoneOf(resume))).toBeVisible();
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherResume.basics.name);
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);
    });

    test('offers its PDF and its JSON Resume file, and both download', async ({
      page,
      request,
    }) => {
      await page.goto(`/${language}/resume/`);
      const downloads = page.getByRole('navigation', { name: strings.resume.downloads });
      const pdf = downloads.getByRole('link', { name: strings.resume.pdf });
      await expect(pdf).toHaveAttribute('href', paths.resumePdf(language, resumes.en.basics.name));
      const download = page.waitForEvent('download');
      await pdf.click();
      expect((await download).suggestedFilename()).toMatch(
        new RegExp(`-resume-${language}\\.pdf$`),
      );

      const json = downloads.getByRole('link', { name: strings.resume.json });
      await expect(json).toHaveAttribute('href', `/resume.${language}.json`);
      const response = await request.get(`/resume.${language}.json`);
      expect(response.headers()['content-type']).toContain('application/json');
      expect((await response.json()).basics.name).toBe(resume.basics.name);
    });

    test('has no WCAG 2.2 A/AA violations', async ({ page }) => {
      await page.goto(`/${language}/resume/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}
