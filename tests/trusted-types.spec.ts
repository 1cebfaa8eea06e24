import { test as baseTest } from '@playwright/test';
import { expect } from './support/fixtures';
import { originalLanguage } from './support/site-pages';

// Not the console-error fixture: the refused assignment below is logged as an error, on purpose.
baseTest(
  'a page refuses a string where HTML or a script URL would go (Trusted Types)',
  async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(`/${originalLanguage}/`);
    await expect(page.getByRole('combobox')).toBeEnabled();
    const refused = await page.evaluate(() => {
      const attempts = {
        innerHTML: () => (document.createElement('div').innerHTML = '<img src=x>'),
        scriptSrc: () => (document.createElement('script').src = '/evil.js'),
        // TypeScript's DOM types have no Trusted Types API yet, so the global is described here.
        policy: () =>
          (
            window as unknown as {
              trustedTypes: { createPolicy(name: string, rules: object): void };
            }
          ).trustedTypes.createPolicy('anything', {}),
      };
      return Object.entries(attempts).map(([name, attempt]) => {
        try {
          attempt();
          return `${name}: allowed`;
        } catch (error) {
          return `${name}: ${(error as Error).name}`;
        }
      });
    });
    expect(refused).toEqual(['innerHTML: TypeError', 'scriptSrc: TypeError', 'policy: TypeError']);
    expect(violations.join('\n')).toContain('TrustedHTML');
  },
);
