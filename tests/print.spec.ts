import type { Page } from '@playwright/test';
import zhStrings from '../src/i18n/locales/zh.json' with { type: 'json' };
import { expect, test } from './support/fixtures';
import { resumes, switcherName } from './support/site-pages';

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

const resume = resumes.zh;
const printed = [
  { name: 'a home page', path: '/zh/' },
  { name: 'an employer page', path: `/zh/work/${resume.work[1]!.id}/` },
  { name: 'a project page', path: `/zh/projects/${resume.projects[0]!.id}/` },
  { name: 'the résumé page', path: '/zh/resume/' },
];

test.describe('printing', () => {
  for (const { name, path } of printed) {
    test(`${name} hides the controls and keeps the text black on white`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.emulateMedia({ media: 'print' });

      const controls = [
        page.getByRole('link', { name: switcherName('zh'), exact: true }),
        page.getByRole('link', { name: zhStrings.resume.link, exact: true }),
        page.getByRole('button', { name: zhStrings.timeline.zoomIn }),
        page.getByRole('link', { name: zhStrings.detail.backToTimeline }),
        page.getByRole('link', { name: zhStrings.detail.nextProject }),
        page.getByRole('link', { name: zhStrings.resume.pdf }),
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
    await page.goto('/zh/');
    await page.emulateMedia({ media: 'print' });
    const contribution = resume.contributions[0]!;
    // By its address: on paper, the printed address is part of the link's name.
    // The résumé document's link: the timeline (its undated list too) does not print.
    const link = page.locator(`main a[href="${contribution.url}"]:not(#timeline *)`);
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain(contribution.url);
  });

  test('screen styles are untouched: the controls are there on screen', async ({ page }) => {
    await page.goto('/zh/');
    await expect(page.getByRole('link', { name: switcherName('zh'), exact: true })).toBeVisible();
  });
});
