import en from '../src/content/resume.en.json' with { type: 'json' };
import zh from '../src/content/resume.zh.json' with { type: 'json' };
import { accessibilityViolations, expect, test } from './support/fixtures';
import { interfaceString } from '../src/test/interface-string';

/** The résumé's section headings, in page order, from the locale file. */
const sectionHeadings = (language: 'zh' | 'en') =>
  ['experience', 'projects', 'openSource', 'skills', 'education', 'awards'].map((key) =>
    interfaceString(language, `sections.${key}`),
  );

const homes = [
  {
    language: 'zh',
    htmlLang: 'zh-CN',
    resume: zh,
    sections: sectionHeadings('zh'),
  },
  {
    language: 'en',
    htmlLang: 'en',
    resume: en,
    sections: sectionHeadings('en'),
  },
];

for (const { language, htmlLang, resume, sections } of homes) {
  test.describe(`the ${language} home page`, () => {
    test('shows the whole résumé in its language', async ({ page }) => {
      await page.goto(`/${language}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page).toHaveTitle(`${resume.basics.name} · ${resume.basics.label}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
      for (const section of sections) {
        await expect(
          page.getByRole('heading', { level: 2, name: section, exact: true }),
        ).toBeVisible();
      }
      for (const entry of resume.work) {
        await expect(
          page.getByRole('heading', { level: 3, name: entry.name, exact: true }),
        ).toBeVisible();
      }
      for (const project of resume.projects) {
        await expect(page.getByText(project.description, { exact: true })).toBeVisible();
      }
      await expect(page.getByRole('link', { name: resume.basics.email })).toHaveAttribute(
        'href',
        `mailto:${resume.basics.email}`,
      );
    });

    test('has no WCAG 2.2 A/AA violations', async ({ page }) => {
      test.setTimeout(120_000); // axe checks every timeline mark's target size: slow on a busy machine
      await page.goto(`/${language}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}
