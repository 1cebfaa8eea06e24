import { expect, test } from './support/fixtures';
import { switcherName } from './support/site-pages';
import { interfaceString } from '../src/test/interface-string';
import { holdRequests } from './support/held-requests';
import { resumes } from '../src/test/resumes';

for (const { locale, language, who } of [
  { locale: 'zh-CN', language: 'zh', who: 'a Chinese browser to the Chinese pages' },
  { locale: 'en-GB', language: 'en', who: 'an English browser to the English pages' },
  {
    locale: 'fr-FR',
    language: 'zh',
    who: 'any other browser to Chinese, the résumé’s own language',
  },
]) {
  test.describe(`the root URL in a ${locale} browser`, () => {
    test.use({ locale });

    test(`sends ${who}`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${language}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

test.describe('the language switcher', () => {
  test('shows the same page in the other language and back', async ({ page }) => {
    await page.goto('/zh/');
    await page.getByRole('link', { name: switcherName('zh'), exact: true }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes.en.basics.name!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(new RegExp(resumes.en.basics.name!));

    await page.getByRole('link', { name: switcherName('en'), exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes.zh.basics.name!);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  });

  test('keeps the page in one language while the other one loads, even as the timeline hydrates', async ({
    page,
  }) => {
    // Hold the timeline's code and the English résumé, so that the timeline hydrates while the
    // switch to English is under way: the moment the two languages could mix.
    const timelineCode = await holdRequests(page, /career-timeline-[\w-]+\.js$/);
    const englishResume = await holdRequests(page, /resume\.en-[\w-]+\.js$/);

    await page.goto('/zh/');
    await timelineCode.requested; // The page has hydrated; the timeline's code is on its way.
    const englishStrings = page.waitForResponse(/\/en-[\w-]+\.js$/);
    await page.getByRole('link', { name: switcherName('zh'), exact: true }).click();
    await englishStrings;
    timelineCode.release();
    // The timeline hydrates: its controls work. (Zooming would be a navigation of its own,
    // replacing the switch.)
    await expect(
      page.getByRole('button', { name: interfaceString('zh', 'timeline.zoomIn') }),
    ).toHaveAttribute('aria-disabled', 'false');
    // Still all Chinese while the English résumé loads.
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeAttached();
    await expect(page.getByRole('heading', { level: 2, name: '工作经历' })).toBeVisible();

    englishResume.release();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes.en.basics.name!);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    // A hydration mismatch would be a console error, which fails the test through the fixture.
  });

  test('is remembered: the root URL then opens the chosen language', async ({ page }) => {
    // The browser prefers Chinese (the config's locale); the visitor chooses English.
    await page.goto('/zh/');
    await page.getByRole('link', { name: switcherName('zh'), exact: true }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes.en.basics.name!);
  });

  test('can be reached and used with the keyboard, with a visible focus ring', async ({ page }) => {
    await page.goto('/zh/');
    const switcher = page.getByRole('link', {
      name: switcherName('zh'),
      exact: true,
    });
    await switcher.focus();
    const outline = await switcher.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('an unknown path', () => {
  test('shows the not-found page in the language of the URL, with a way back', async ({ page }) => {
    await page.goto('/en/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await expect(page).toHaveTitle(
      `${interfaceString('en', 'notFound.title')} · ${resumes.en.basics.name}`,
    );
    await page.getByRole('link', { name: /Back to the career timeline/ }).click();
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('with an unknown language shows the not-found page in the visitor’s language', async ({
    page,
  }) => {
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString('zh', 'notFound.heading'),
    );
    await expect(page).toHaveTitle(
      `${interfaceString('zh', 'notFound.title')} · ${resumes.zh.basics.name}`,
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  });
});
