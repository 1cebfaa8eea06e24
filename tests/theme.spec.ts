import type { Locator, Page } from '@playwright/test';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { holdRequests } from './support/held-requests';
import {
  endsWithPath,
  languages,
  originalLanguage,
  otherLanguage,
  sitePages,
  switcherName,
} from './support/site-pages';
import { interfaceString } from './support/interface-string';

const pages = sitePages();
/** The language most tests here use: the last, a translation on a site in two languages. */
const language = languages.at(-1) ?? originalLanguage;
/** The other language, which a test switches to, or the same on a site in one language. */
const other = otherLanguage(language);
const work = pages.find((page) => page.language === language && page.path.includes('/work/'));
const project = pages.find(
  (page) => page.language === (other ?? language) && page.path.includes('/projects/'),
);
/** One page of each type the content has; the last is an address the site has no page for (served 404.html). */
const pageTypes = [
  { name: 'home', path: `/${originalLanguage}/` },
  ...(work ? [{ name: 'work', path: work.path }] : []),
  ...(project ? [{ name: 'project', path: project.path }] : []),
  { name: 'not found', path: `/${language}/no-such-page/` },
];
/** A page that is not a home page, to open directly: a project's where the content has one. */
const deepPath = project?.path ?? work?.path ?? `/${language}/resume/`;
/** The label of a theme in the select, in `language`. */
const optionLabel = (language: string, theme: 'system' | 'light' | 'dark') =>
  interfaceString(language, `theme.${theme}`);

/** The WCAG 2 relative luminance of a computed CSS colour such as `rgb(18, 20, 23)`. */
function luminance(colour: string): number {
  const channels = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** The page's background and text colours, as the visitor sees them now. */
async function pageColours(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { background: body.backgroundColor, text: body.color };
  });
}

/** The colour the browser's own bars take: the theme-color that applies to the system's scheme. */
async function themeColour(page: Page) {
  return page.evaluate(() => {
    const meta = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find(
      (element) => matchMedia(element.media || 'all').matches,
    )!;
    const probe = document.createElement('i');
    probe.style.color = meta.content;
    document.head.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
}

async function expectTheme(page: Page, theme: 'light' | 'dark', where: string, onScreen = true) {
  const { background, text } = await pageColours(page);
  if (onScreen) {
    expect(await themeColour(page), `${where}: theme-color is the page background`).toBe(
      background,
    );
  }
  if (theme === 'dark')
    expect(luminance(background), `${where}: a dark background`).toBeLessThan(0.05);
  else expect(luminance(background), `${where}: a light background`).toBeGreaterThan(0.8);
  expect(contrast(text, background), `${where}: text contrast`).toBeGreaterThanOrEqual(4.5);
}

/**
 * Opens `path` with every script file held back, so the page is as a visitor sees it before any
 * module script has run; returns the hold, to release.
 */
async function openWithScriptsHeld(page: Page, path: string) {
  const scripts = await holdRequests(page, /\.js$/);
  await page.goto(path, { waitUntil: 'commit' });
  await scripts.requested;
  // The entry is the first script the page requests (once it has loaded): held, none has run.
  await expect(page.locator('main')).toBeVisible();
  return scripts;
}

function themeSelect(page: Page, language: string): Locator {
  return page.getByRole('combobox', { name: interfaceString(language, 'theme.label') });
}

async function hydrated(page: Page, language: string) {
  await expect(themeSelect(page, language)).toBeEnabled();
}

test.describe('colour themes', () => {
  // Several tests here open page after page, some running axe: time for a slow or busy machine.
  test.describe.configure({ timeout: 120_000 });

  test.describe('with the system in dark mode', () => {
    test.use({ colorScheme: 'dark' });

    for (const { name, path } of pageTypes) {
      test(`the ${name} page is dark before any module script has run`, async ({ page }) => {
        const scripts = await openWithScriptsHeld(page, path);
        await expectTheme(page, 'dark', path);
        // The control is there but waits for the page's code, as the zoom buttons do.
        await expect(page.getByRole('combobox')).toBeDisabled();
        scripts.release();
        await expect(page.getByRole('combobox')).toBeEnabled();
        await expectTheme(page, 'dark', `${path}, hydrated`);
      });
    }

    test('a chosen light theme wins over the system’s dark, before the scripts run', async ({
      page,
    }) => {
      await page.goto(`/${language}/`);
      await hydrated(page, language);
      await themeSelect(page, language).selectOption({ label: optionLabel(language, 'light') });
      await expectTheme(page, 'light', `/${language}/ after choosing light`);

      const scripts = await openWithScriptsHeld(page, deepPath);
      await expectTheme(page, 'light', deepPath);
      const themeColors = await page
        .locator('meta[name="theme-color"]')
        .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
      expect(new Set(themeColors).size, 'every theme-color names the light background').toBe(1);
      scripts.release();
      const deepLanguage = deepPath.split('/')[1]!;
      await hydrated(page, deepLanguage);
      await expect(themeSelect(page, deepLanguage)).toHaveValue('light');
    });
  });

  test('a chosen dark theme survives a reload, a deep link, the 404 page and a language switch', async ({
    page,
  }) => {
    await page.goto(`/${language}/`);
    await hydrated(page, language);
    await expectTheme(page, 'light', `/${language}/ with a light system`);
    const select = themeSelect(page, language);
    await expect(select).toHaveValue('system');
    await select.selectOption({ label: optionLabel(language, 'dark') });
    await expectTheme(page, 'dark', `/${language}/ after choosing dark`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Reload, with the page's code held back.
    let scripts = await openWithScriptsHeld(page, `/${language}/`);
    await expectTheme(page, 'dark', `/${language}/ reloaded`);
    scripts.release();
    await hydrated(page, language);
    await expect(themeSelect(page, language)).toHaveValue('dark');

    // The other language, by its switcher, on a site that has one.
    if (other !== undefined) {
      await page.getByRole('link', { name: switcherName(language), exact: true }).click();
      await expect(page).toHaveURL(endsWithPath(`/${other}/`));
      await expect(themeSelect(page, other)).toHaveValue('dark');
      await expectTheme(page, 'dark', `/${other}/ after switching language`);
    }

    for (const { path } of pageTypes) {
      scripts = await openWithScriptsHeld(page, path);
      await expectTheme(page, 'dark', `${path} opened directly`);
      scripts.release();
    }
  });

  test('choosing the system theme again forgets the choice', async ({ page }) => {
    await page.goto(`/${originalLanguage}/`);
    await hydrated(page, originalLanguage);
    const select = themeSelect(page, originalLanguage);
    await select.selectOption({ label: optionLabel(originalLanguage, 'dark') });
    await expectTheme(page, 'dark', 'dark chosen');
    await select.selectOption({ label: optionLabel(originalLanguage, 'system') });
    await expectTheme(page, 'light', 'system chosen, light system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectTheme(page, 'dark', 'system chosen, dark system');
  });

  test('the theme control is named in the page’s language and shows a focus ring', async ({
    page,
  }) => {
    for (const language of languages) {
      await page.goto(`/${language}/`);
      await hydrated(page, language);
      const select = themeSelect(page, language);
      await select.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(select).toBeFocused();
      const ring = await select.evaluate((element) => {
        const style = getComputedStyle(element);
        return { width: style.outlineWidth, style: style.outlineStyle, colour: style.outlineColor };
      });
      expect(ring.style).toBe('solid');
      expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
      const { background } = await pageColours(page);
      expect(contrast(ring.colour, background)).toBeGreaterThanOrEqual(3);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the timeline is legible in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/${language}/`);
      await hydrated(page, language);
      const frame = page.locator('.timeline-frame--horizontal');
      const { background } = await pageColours(page);
      const colours = async (selector: string, property: 'fill' | 'stroke') =>
        frame
          .locator(selector)
          .evaluateAll(
            (elements, name) => elements.map((element) => getComputedStyle(element)[name]),
            property,
          );
      const text = [
        ...(await colours('text.timeline-label', 'fill')),
        ...(await colours('text.timeline-axis__label', 'fill')),
        ...(await colours('.timeline-lane-title', 'fill')),
      ];
      expect(text.length).toBeGreaterThan(0);
      for (const colour of text) expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
      const marks = [
        ...(await colours(
          '.timeline-mark:not(.timeline-mark--undated) .timeline-mark__node',
          'fill',
        )),
        // An undated node is a ring: its stroke is what shows.
        ...(await colours('.timeline-mark--undated .timeline-mark__node', 'stroke')),
        ...(await colours('.timeline-mark__band', 'stroke')),
      ];
      expect(marks.length).toBeGreaterThan(0);
      for (const colour of marks) expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
    });
  }

  test('a page prints light, whatever the screen shows', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/${language}/`);
    await hydrated(page, language);
    await themeSelect(page, language).selectOption({ label: optionLabel(language, 'dark') });
    await expectTheme(page, 'dark', 'on screen');
    await page.emulateMedia({ media: 'print' });
    await expectTheme(page, 'light', 'printed', false);
    const label = await page
      .locator('.timeline-frame--horizontal text.timeline-label')
      .first()
      .evaluate((element) => getComputedStyle(element).fill);
    expect(luminance(label), 'timeline labels print dark on white').toBeLessThan(0.1);
  });

  // The light theme is the default: the timeline's and the detail pages' axe tests check it.
  for (const theme of ['dark'] as const) {
    test(`axe finds no contrast or other problem in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      for (const path of [...languages.map((tag) => `/${tag}/`), deepPath]) {
        await page.goto(path);
        await expect(page.getByRole('combobox')).toBeEnabled();
        await expectTheme(page, theme, path);
        expect(await accessibilityViolations(page), path).toEqual([]);
      }
    });
  }
});
