import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { interfaceString } from './support/interface-string';
import {
  languages,
  otherLanguage,
  resumePdfPath,
  resumes,
  switcherName,
} from './support/site-pages';

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

for (const language of languages) {
  const resume = resumes[language]!;
  const text = (key: string) => interfaceString(language, key);
  const phone = resume.basics.phone;

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
      if (phone) await expect(main.getByRole('link', { name: phone })).toBeVisible();
      if (resume.basics.email) {
        await expect(main.getByRole('link', { name: resume.basics.email })).toBeVisible();
      }
      await expect(page).toHaveTitle(`${resume.basics.name} · ${text('resume.title')}`);
    });

    test('is reached from the header of every page, and shows the phone number there', async ({
      page,
    }) => {
      const employerPages = resume.work
        .slice(0, 1)
        .map((entry) => `/${language}/work/${entry.id}/`);
      for (const path of [`/${language}/`, ...employerPages]) {
        await page.goto(path);
        await page
          .getByRole('navigation', { name: text('site.primaryNavigation') })
          .getByRole('link', { name: text('resume.link'), exact: true })
          .click();
        await expect(page).toHaveURL(`/${language}/resume/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
        if (phone) await expect(page.getByRole('main').getByText(phone).first()).toBeVisible();
      }
    });

    test('switches language, and goes Back and Forward, without losing the phone number', async ({
      page,
    }) => {
      const other = otherLanguage(language);
      test.skip(other === undefined, 'needs two languages');
      const otherResume = resumes[other!]!;
      const otherText = (key: string) => interfaceString(other!, key);
      const employer = otherResume.work[0];
      test.skip(employer === undefined, `the ${other} résumé lists no employer to visit`);
      const shownPhone = async (shown: string | undefined) => {
        if (shown) await expect(page.getByRole('main').getByText(shown).first()).toBeVisible();
      };
      await page.goto(`/${language}/resume/`);
      await page.getByRole('link', { name: switcherName(language), exact: true }).click();
      await expect(page).toHaveURL(`/${other}/resume/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherResume.basics.name);
      await expect(page).toHaveTitle(`${otherResume.basics.name} · ${otherText('resume.title')}`);
      await shownPhone(otherResume.basics.phone);

      // A client-side visit to another page, then Back onto the résumé and Forward again.
      await page
        .getByRole('region', { name: otherText('sections.experience') })
        .locator(`a[href$="/${other}/work/${employer!.id}/"]`)
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer!.name);
      await page.goBack();
      await expect(page).toHaveURL(`/${other}/resume/`);
      await shownPhone(otherResume.basics.phone);
      await page.goBack();
      await expect(page).toHaveURL(`/${language}/resume/`);
      await shownPhone(phone);
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherResume.basics.name);
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer!.name);
    });

    test('offers its PDF and its JSON Resume file, and both download', async ({
      page,
      request,
    }) => {
      await page.goto(`/${language}/resume/`);
      const downloads = page.getByRole('navigation', { name: text('resume.downloads') });
      const pdf = downloads.getByRole('link', { name: text('resume.pdf') });
      await expect(pdf).toHaveAttribute('href', resumePdfPath(language));
      const download = page.waitForEvent('download');
      await pdf.click();
      expect((await download).suggestedFilename()).toMatch(
        new RegExp(`-resume-${language}\\.pdf$`),
      );

      const json = downloads.getByRole('link', { name: text('resume.json') });
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
