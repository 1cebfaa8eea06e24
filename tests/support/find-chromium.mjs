import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Chromium the browser tests, benchmarks and the résumé PDFs use: $CHROME_PATH, else Debian's
 * /usr/bin/chromium, else Google Chrome where it usually is on Linux (GitHub's Ubuntu runners have
 * it), else one installed by Playwright; null when there is none.
 * @returns {string | null}
 */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    playwrightChromium(),
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep Chromium quiet on a machine without a network, and working as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
