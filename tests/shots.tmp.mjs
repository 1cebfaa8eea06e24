import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const base = 'http://localhost:4270';
const jobs = JSON.parse(process.argv[2]);
for (const [name, path, width, scheme] of jobs) {
  const page = await browser.newPage({
    viewport: { width, height: width > 500 ? 900 : 812 },
    colorScheme: scheme ?? 'light',
  });
  await page.goto(base + path);
  await page
    .locator('.zoom-controls button[aria-disabled="false"]')
    .first()
    .waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  await page.close();
}
await browser.close();
