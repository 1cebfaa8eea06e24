import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails if the page logs an error or throws: a visitor would not see it, but it is
 * always a bug.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // A page the test opens on purpose at an unknown URL answers 404, which Chromium logs.
      const missingDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'document' && response.status() === 404) {
          missingDocuments.add(response.url());
        }
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const expected404 =
          missingDocuments.has(message.location().url) && message.text().includes('status of 404');
        if (!expected404) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Rules the WCAG tags alone leave out in some axe-core versions: label in name (WCAG 2.5.3, tagged
 * experimental or best practice) and target size (WCAG 2.5.8). Enabled by name, and checked to have run.
 */
const requiredRules = ['label-content-name-mismatch', 'target-size'];

/** The WCAG 2.2 A and AA violations axe-core finds on the page as it is now. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .options({ rules: Object.fromEntries(requiredRules.map((rule) => [rule, { enabled: true }])) })
    .analyze();
  const ran = [
    ...results.passes,
    ...results.violations,
    ...results.incomplete,
    ...results.inapplicable,
  ];
  for (const rule of requiredRules) {
    expect(
      ran.some((result) => result.id === rule),
      `axe ran ${rule}`,
    ).toBe(true);
  }
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
