import { createHash } from 'node:crypto';
import { test as baseTest } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { sitePages } from './support/site-pages';

const paths = [...sitePages().map((page) => page.path), '/404.html', '/'];

/** One directive of a policy, e.g. "script-src 'self'". */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

test.describe('security', () => {
  test.use({ javaScriptEnabled: false });
  // Tests here visit every page of the site, one after another: time for a slow or busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('every page has a Content-Security-Policy that allows scripts and styles only from the site', async ({
    page,
  }) => {
    for (const path of paths) {
      await page.goto(path);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy, path).toBeTruthy();
      const scriptSrc = directive(policy!, 'script-src');
      expect(scriptSrc, path).toMatch(/^script-src 'self'/);
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      // Trusted Types, with no policy: no string can reach an HTML or script sink. Every browser
      // test would fail on a violation, which Chromium logs as an error.
      expect(directive(policy!, 'require-trusted-types-for'), path).toBe(
        "require-trusted-types-for 'script'",
      );
      expect(directive(policy!, 'trusted-types'), path).toBe("trusted-types 'none'");

      // An inline script that runs must have its hash in the policy; data blocks never run.
      const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
        scripts.map((script) => ({
          type: script.getAttribute('type') ?? '',
          text: script.textContent ?? '',
        })),
      );
      for (const { type, text } of inline) {
        if (type === 'application/json' || type === 'application/ld+json') continue;
        const hash = createHash('sha256').update(text).digest('base64');
        expect(scriptSrc, `${path}: inline script without its hash`).toContain(`'sha256-${hash}'`);
      }

      // Styles: no 'unsafe-inline'; the inline stylesheet is allowed by its hash, and nothing else.
      const styleSrc = directive(policy!, 'style-src');
      expect(styleSrc, path).not.toContain('unsafe-inline');
      const styles = await page.locator('style').allTextContents();
      expect(styles, path).toHaveLength(1);
      const hash = createHash('sha256').update(styles[0]!).digest('base64');
      expect(styleSrc, path).toBe(`style-src 'self' 'sha256-${hash}'`);
      expect(await page.locator('[style]').count(), `${path}: a style attribute`).toBe(0);
    }
  });

  test('no page has an inline event handler', async ({ page }) => {
    for (const path of paths) {
      await page.goto(path);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes]
            .filter((attribute) => /^on/i.test(attribute.name))
            .map((attribute) => `${element.tagName} ${attribute.name}`),
        ),
      );
      expect(handlers, path).toEqual([]);
    }
  });

  test('every link that leaves the site has rel="noopener noreferrer"', async ({ page }) => {
    for (const path of paths) {
      await page.goto(path);
      const unsafe = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .filter((link) => {
            const url = new URL(link.getAttribute('href')!, document.baseURI);
            return url.origin !== location.origin && !['mailto:', 'tel:'].includes(url.protocol);
          })
          .filter((link) => {
            const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
            return !rel.includes('noopener') || !rel.includes('noreferrer');
          })
          .map((link) => link.getAttribute('href')),
      );
      expect(unsafe, path).toEqual([]);
    }
  });
});

// Not the console-error fixture: the refused assignment below is logged as an error, on purpose.
baseTest(
  'a page refuses a string where HTML or a script URL would go (Trusted Types)',
  async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto('/en/');
    await expect(page.getByRole('combobox')).toBeEnabled();
    const refused = await page.evaluate(() => {
      const attempts = {
        innerHTML: () => (document.createElement('div').innerHTML = '<img src=x>'),
        scriptSrc: () => (document.createElement('script').src = '/evil.js'),
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
