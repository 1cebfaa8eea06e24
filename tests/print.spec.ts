import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { interfaceString } from './support/interface-string';
import { languages, originalLanguage, resumes, switcherName } from './support/site-pages';

/** The WCAG contrast ratio of an `rgb(…)`/`rgba(…)` colour against white. */
function contrastOnWhite(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [
    number,
    number,
    number,
  ];
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return 1.05 / (luminance + 0.05);
}

/** The colours of all visible text, and every background that is not white or transparent. */
async function printedColours(page: Page) {
  return page.evaluate(() => {
    const text = new Set<string>();
    const backgrounds = new Set<string>();
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      if (ownText) text.add(style.color);
      const background = style.backgroundColor;
      if (!['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)', 'transparent'].includes(background))
        backgrounds.add(`${element.tagName}.${element.className}: ${background}`);
    }
    return {
      text: [...text],
      backgrounds: [...backgrounds],
      page: getComputedStyle(document.body).backgroundColor,
    };
  });
}

const language = originalLanguage;
const resume = resumes[language]!;
const text = (key: string) => interfaceString(language, key);
/** The pages to print, from the content: an employer's and a project's where it has them. */
const printed = [
  { name: 'a home page', path: `/${language}/` },
  ...resume.work
    .slice(-1)
    .map((entry) => ({ name: 'an employer page', path: `/${language}/work/${entry.id}/` })),
  ...resume.projects
    .slice(0, 1)
    .map((project) => ({ name: 'a project page', path: `/${language}/projects/${project.id}/` })),
  { name: 'the résumé page', path: `/${language}/resume/` },
];

test.describe('printing', () => {
  for (const { name, path } of printed) {
    test(`${name} hides the controls and keeps the text black on white`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.emulateMedia({ media: 'print' });

      const controls = [
        ...(languages.length > 1
          ? [page.getByRole('link', { name: switcherName(language), exact: true })]
          : []),
        page.getByRole('link', { name: text('resume.link'), exact: true }),
        page.getByRole('button', { name: text('timeline.zoomIn') }),
        page.getByRole('link', { name: text('detail.backToTimeline') }),
        page.getByRole('link', { name: text('detail.nextProject') }),
        page.getByRole('link', { name: text('resume.pdf') }),
      ];
      for (const control of controls) await expect(control).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

      const colours = await printedColours(page);
      expect(colours.page).toBe('rgb(255, 255, 255)');
      expect(colours.backgrounds).toEqual([]);
      for (const color of colours.text) {
        expect(contrastOnWhite(color), color).toBeGreaterThanOrEqual(7);
      }
    });
  }

  test('a home page prints the addresses of links that leave the site', async ({ page }) => {
    const address = resume.contributions[0]?.url ?? resume.basics.profiles[0]?.url;
    test.skip(address === undefined, 'the résumé links to no contribution and no profile');
    await page.goto(`/${language}/`);
    await page.emulateMedia({ media: 'print' });
    // By its address: on paper, the printed address is part of the link's name.
    // The résumé document's link: the timeline (its undated list too) does not print.
    const link = page.locator(`main a[href="${address}"]:not(#timeline *)`).first();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain(address);
  });

  test('screen styles are untouched: the controls are there on screen', async ({ page }) => {
    await page.goto(`/${language}/`);
    await expect(page.getByRole('link', { name: text('resume.link'), exact: true })).toBeVisible();
    if (languages.length > 1) {
      await expect(
        page.getByRole('link', { name: switcherName(language), exact: true }),
      ).toBeVisible();
    }
  });
});
