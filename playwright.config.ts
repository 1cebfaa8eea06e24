import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/find-chromium.mjs';
import { siteServers } from './tests/support/site-servers';

/**
 * Browser tests run in a real Chromium against the prerendered production build, served the way
 * GitHub Pages serves it (`npm test` builds it first: dist/ at the root, dist-subpath/ under
 * /portfolio/).
 */
export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: siteServers.root.url,
    locale: 'zh-CN',
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
    // Recording a trace of every test slows the suite by a fifth; `--trace on` records one.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: Object.values(siteServers).map((server) => ({
    command: `node src/build/pages-server.mjs --port ${server.port} --dir ${server.dir} --base ${server.base}`,
    port: server.port,
    reuseExistingServer: !process.env.CI,
  })),
});
