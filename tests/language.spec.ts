import { expect, test } from './support/fixtures';
import { holdRequests } from './support/held-requests';
import { interfaceString } from './support/interface-string';
import { pageIsLive } from './support/page-live';
import {
  endsWithPath,
  escapeRegExp,
  languages,
  originalLanguage,
  otherLanguage,
  resumes,
  switcherName,
} from './support/site-pages';

/** A browser locale of a language the site does not have, so the visitor gets the original. */
const foreignLocale =
  ['fr-FR', 'de-DE', 'ja-JP'].find(
    (locale) => !languages.some((language) => language.split('-')[0] === locale.split('-')[0]),
  ) ?? 'fr-FR';

for (const { locale, language, who } of [
  ...languages.map((language) => ({
    locale: language,
    language,
    who: `a ${language} browser to the ${language} pages`,
  })),
  {
    locale: foreignLocale,
    language: originalLanguage,
    who: `any other browser to ${originalLanguage}, the résumé’s own language`,
  },
]) {
  test.describe(`the root URL in a ${locale} browser`, () => {
    test.use({ locale });

    test(`sends ${who}`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(endsWithPath(`/${language}/`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

test.describe('the language switcher', () => {
  const from = originalLanguage;
  const to = otherLanguage(from);
  test.skip(to === undefined, 'needs two languages');
  // Skipped above when undefined; the fallback only satisfies the type.
  const target = to ?? from;

  test('shows the same page in the other language and back', async ({ page }) => {
    await page.goto(`/${from}/`);
    await page.getByRole('link', { name: switcherName(from), exact: true }).click();
    await expect(page).toHaveURL(endsWithPath(`/${target}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes[target]!.basics.name);
    await expect(page.locator('html')).toHaveAttribute('lang', target);
    await expect(page).toHaveTitle(new RegExp(escapeRegExp(resumes[target]!.basics.name)));

    await page.getByRole('link', { name: switcherName(target), exact: true }).click();
    await expect(page).toHaveURL(endsWithPath(`/${from}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes[from]!.basics.name);
    await expect(page.locator('html')).toHaveAttribute('lang', from);
  });

  test('keeps the page in one language while the other one loads, even as the timeline hydrates', async ({
    page,
  }) => {
    // Hold the timeline's code and the other résumé, so that the timeline hydrates while the
    // switch is under way: the moment the two languages could mix.
    const timelineCode = await holdRequests(page, /career-timeline-[\w-]+\.js$/);
    const targetResume = await holdRequests(
      page,
      new RegExp(`resume\\.${escapeRegExp(target)}-[\\w-]+\\.js$`),
    );

    await page.goto(`/${from}/`);
    await timelineCode.requested; // The page has hydrated; the timeline's code is on its way.
    const targetStrings = page.waitForResponse(
      new RegExp(`/${escapeRegExp(target)}-[\\w-]+\\.js$`),
    );
    await page.getByRole('link', { name: switcherName(from), exact: true }).click();
    await targetStrings;
    timelineCode.release();
    // The timeline hydrates: its controls work. (Zooming would be a navigation of its own,
    // replacing the switch.)
    await expect(
      page.getByRole('button', { name: interfaceString(from, 'timeline.zoomIn') }),
    ).toHaveAttribute('aria-disabled', 'false');
    // Still all in the first language while the other résumé loads, and the switcher says it is
    // on its way.
    await expect(page.getByRole('link', { name: switcherName(from), exact: true })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expect(
      page.getByRole('link', { name: interfaceString(from, 'site.skipToContent') }),
    ).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', from);

    targetResume.release();
    await expect(page).toHaveURL(endsWithPath(`/${target}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes[target]!.basics.name);
    await expect(
      page.getByRole('link', { name: switcherName(target), exact: true }),
    ).not.toHaveAttribute('aria-busy');
    await expect(
      page.getByRole('button', { name: interfaceString(target, 'timeline.zoomIn') }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: interfaceString(target, 'site.skipToContent') }),
    ).toBeAttached();
    // A hydration mismatch would be a console error, which fails the test through the fixture.
  });

  test('is remembered: the root URL then opens the chosen language', async ({ page }) => {
    // The browser prefers the original language (the locale below); the visitor chooses another,
    // once the app has started: before that the switcher is a plain link, as without JavaScript.
    await page.goto(`/${from}/`);
    await pageIsLive(page);
    await page.getByRole('link', { name: switcherName(from), exact: true }).click();
    await expect(page).toHaveURL(endsWithPath(`/${target}/`));
    await page.goto('/');
    await expect(page).toHaveURL(endsWithPath(`/${target}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resumes[target]!.basics.name);
  });

  test('can be reached and used with the keyboard, with a visible focus ring', async ({ page }) => {
    await page.goto(`/${from}/`);
    const switcher = page.getByRole('link', {
      name: switcherName(from),
      exact: true,
    });
    await switcher.focus();
    const outline = await switcher.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(endsWithPath(`/${target}/`));
  });
});

test.describe('an unknown path', () => {
  test('shows the not-found page in the language of the URL, with a way back', async ({ page }) => {
    const language = languages.at(-1)!;
    await page.goto(`/${language}/no-such-page`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString(language, 'notFound.heading'),
    );
    await expect(page).toHaveTitle(
      `${interfaceString(language, 'notFound.title')} · ${resumes[language]!.basics.name}`,
    );
    await page
      .getByRole('link', { name: interfaceString(language, 'detail.backToTimeline') })
      .first()
      .click();
    await expect(page).toHaveURL(endsWithPath(`/${language}/`));
  });

  test('with an unknown language shows the not-found page in the visitor’s language', async ({
    page,
  }) => {
    // The browser's locale is zh-CN (playwright.config.ts): a site without Chinese answers in its original.
    const visitors =
      languages.find((language) => language.split('-')[0] === 'zh') ?? originalLanguage;
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString(visitors, 'notFound.heading'),
    );
    await expect(page).toHaveTitle(
      `${interfaceString(visitors, 'notFound.title')} · ${resumes[visitors]!.basics.name}`,
    );
    await expect(page.locator('html')).toHaveAttribute('lang', visitors);
  });
});
