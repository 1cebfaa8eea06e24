import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { holdRequests } from './support/held-requests';
import en from '../src/content/resume.en.json' with { type: 'json' };
import zh from '../src/content/resume.zh.json' with { type: 'json' };
import { interfaceString } from '../src/test/interface-string';

const viewports = [
  { name: 'desktop', width: 1440, height: 900, frame: '.timeline-frame--horizontal' },
  { name: 'phone', width: 375, height: 812, frame: '.timeline-frame--vertical' },
];
const mrcpProject = (resume: { projects: { id: string; name: string }[] }) =>
  resume.projects.find((project) => project.id === 'mrcp-rust-rewrite')!.name;
const languages = (['zh', 'en'] as const).map((language) => ({
  language,
  zoomIn: interfaceString(language, 'timeline.zoomIn'),
  reset: interfaceString(language, 'timeline.reset'),
  xiaomiProject: mrcpProject(language === 'zh' ? zh : en),
}));

/** The boxes of every label on screen in the shown chart: mark labels and axis labels. */
async function labelBoxes(frame: Locator) {
  return frame.locator('text.timeline-label, text.timeline-axis__label').evaluateAll((elements) =>
    elements
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map(({ x, y, width, height }) => ({ x, y, width, height })),
  );
}

function overlapping(boxes: { x: number; y: number; width: number; height: number }[]) {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      // A half-pixel tolerance for anti-aliasing of adjacent glyph boxes.
      if (
        a.x < b.x + b.width - 0.5 &&
        b.x < a.x + a.width - 0.5 &&
        a.y < b.y + b.height - 0.5 &&
        b.y < a.y + a.height - 0.5
      ) {
        pairs.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
      }
    }
  }
  return pairs;
}

/**
 * Waits until the timeline in `frame` can act: its code has arrived and hydrated, which the zoom
 * buttons show by no longer being marked unavailable. (A visitor waits for the same thing.)
 */
async function timelineReady(frame: Locator) {
  await expect(frame.locator('.zoom-controls button').first()).toHaveAttribute(
    'aria-disabled',
    'false',
  );
}

async function focusFirstNode(page: Page, frame: Locator) {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const inTimeline = await frame.evaluate(
      (element) =>
        element.contains(document.activeElement) &&
        document.activeElement?.matches('a.timeline-mark'),
    );
    if (inTimeline) return;
  }
  throw new Error('Tab never reached a timeline node');
}

for (const viewport of viewports) {
  for (const { language, zoomIn, reset, xiaomiProject } of languages) {
    test.describe(`the ${language} timeline at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test('opens a node’s detail page when it is clicked', async ({ page }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        const node = frame.getByRole('link', { name: new RegExp(`^${xiaomiProject}`) });
        await node.locator('.timeline-mark__node').click();
        await expect(page).toHaveURL(new RegExp(`/${language}/projects/mrcp-rust-rewrite/$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(xiaomiProject);
      });

      test('is operable by keyboard alone: Tab, arrows and Enter open a node', async ({ page }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame); // Tab and Enter work from the first paint; the arrows then.
        await focusFirstNode(page, frame);
        const links = frame.locator('a.timeline-mark');
        await expect(links.first()).toBeFocused();
        await page.keyboard.press(viewport.name === 'desktop' ? 'ArrowRight' : 'ArrowDown');
        await page.keyboard.press(viewport.name === 'desktop' ? 'ArrowRight' : 'ArrowDown');
        await expect(links.nth(2)).toBeFocused();
        await page.keyboard.press(viewport.name === 'desktop' ? 'ArrowLeft' : 'ArrowUp');
        await expect(links.nth(1)).toBeFocused();
        const href = await links.nth(1).getAttribute('href');
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      });

      test('Tab reaches the nodes in chronological order', async ({ page }) => {
        await page.goto(`/${language}/`);
        await expect(page.locator(`${viewport.frame} a.timeline-mark`).first()).toBeAttached();
        const ids = await page
          .locator(`${viewport.frame} a.timeline-mark`)
          .evaluateAll((links) => links.map((link) => link.getAttribute('data-id')));
        expect(ids.slice(0, 5)).toEqual([
          'meituan',
          'amazon',
          'xiaomi',
          'distributed-task-scheduler',
          'mrcp-rust-rewrite',
        ]);
      });

      test('shows no two overlapping labels, before and after zooming', async ({ page }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        expect(overlapping(await labelBoxes(frame))).toEqual([]);
        await timelineReady(frame);
        const button = frame.getByRole('button', { name: zoomIn });
        for (let step = 0; step < 3; step += 1) {
          await button.click();
          await page.waitForTimeout(300);
          expect(overlapping(await labelBoxes(frame))).toEqual([]);
        }
      });

      test('the zoom buttons and the keyboard change the visible range, and Reset restores it', async ({
        page,
      }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        // What a visitor sees of the axis: its labels, and how far apart two neighbouring ones stand.
        const axis = () =>
          frame.locator('text.timeline-axis__label').evaluateAll((labels) => {
            const [a, b] = labels.map((label) => label.getBoundingClientRect());
            const gap = a && b ? Math.round(Math.abs(b.x - a.x) + Math.abs(b.y - a.y)) : 0;
            return { labels: labels.map((label) => label.textContent), gap };
          });
        await expect(frame.locator('text.timeline-axis__label').first()).toBeVisible();
        const before = await axis();
        await timelineReady(frame);
        await frame.getByRole('button', { name: zoomIn }).click();
        await expect.poll(axis).not.toEqual(before);
        await page.waitForTimeout(300); // The 200 ms transition settles.
        const after = await axis();
        if (viewport.name === 'phone') expect(after.gap).toBeGreaterThan(before.gap);

        await frame.getByRole('button', { name: reset }).click();
        await expect.poll(axis).toEqual(before);

        // + and 0 from a focused node.
        await focusFirstNode(page, frame);
        await page.keyboard.press('+');
        await expect.poll(axis).not.toEqual(before);
        await page.keyboard.press('0');
        await expect.poll(axis).toEqual(before);
      });

      test('Back from a detail page restores the view and highlights the node', async ({
        page,
      }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame);
        await frame.getByRole('button', { name: zoomIn }).click();
        await frame.getByRole('button', { name: zoomIn }).click();
        await page.waitForTimeout(400);
        const ticks = await frame.locator('text.timeline-axis__label').allTextContents();
        const node = frame.locator('a.timeline-mark[data-id="mrcp-rust-rewrite"]');
        if (viewport.name === 'desktop') {
          await node.focus(); // pans it into view if the zoom left it outside
          await page.waitForTimeout(100);
        }
        const ticksBeforeClick = await frame.locator('text.timeline-axis__label').allTextContents();
        await node.locator('.timeline-mark__node').click();
        await expect(page).toHaveURL(/\/projects\/mrcp-rust-rewrite\/$/);
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/${language}/\\?`));
        await expect(frame.locator('a.timeline-mark[data-id="mrcp-rust-rewrite"]')).toHaveClass(
          /is-highlighted/,
        );
        await expect(frame.locator('a.timeline-mark[data-id="mrcp-rust-rewrite"]')).toBeFocused();
        expect(await frame.locator('text.timeline-axis__label').allTextContents()).toEqual(
          ticksBeforeClick,
        );
        expect(ticks.length).toBeGreaterThan(0);
      });
    });
  }
}

test.describe('the desktop timeline', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('zooms with the mouse wheel and pans with a drag, within the data’s extent', async ({
    page,
  }) => {
    // The wheel and drag are d3-zoom's, which loads after the timeline has hydrated.
    const zoomLoaded = page.waitForResponse(/zoom-runtime-[\w-]+\.js$/);
    await page.goto('/en/');
    const frame = page.locator('.timeline-frame--horizontal');
    const caption = frame.locator('.timeline-canvas__caption');
    const full = await caption.textContent();
    await timelineReady(frame);
    await zoomLoaded;
    const svg = frame.locator('svg');
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect(caption).not.toHaveText(full!);
    await page.waitForTimeout(300);
    const zoomed = await caption.textContent();

    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + 40, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect(await caption.textContent()).not.toBe(zoomed);

    // Dragging far past the start stops at the data's first year.
    await page.mouse.move(box.x + 100, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 10, box.y + 40, { steps: 8 });
    await page.mouse.move(box.x + box.width - 5, box.y + 40, { steps: 2 });
    await page.mouse.up();
    await page.mouse.move(box.x + 100, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 10, box.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect(caption).toHaveText(/^Showing Jan 2014 to/);
  });

  test('moving focus to a node outside the view pans it into view', async ({ page }) => {
    await page.goto('/en/');
    const frame = page.locator('.timeline-frame--horizontal');
    await timelineReady(frame);
    for (let step = 0; step < 5; step += 1)
      await frame.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(300);
    const svgBox = (await frame.locator('svg').boundingBox())!;
    await focusFirstNode(page, frame);
    const count = await frame.locator('a.timeline-mark').count();
    for (let index = 0; index < count; index += 1) {
      const focused = page.locator('a.timeline-mark:focus');
      await page.waitForTimeout(50);
      const box = (await focused
        .locator('.timeline-mark__band, .timeline-mark__node')
        .boundingBox())!;
      expect(box.x + box.width, `node ${index} right edge`).toBeGreaterThan(svgBox.x);
      expect(box.x, `node ${index} left edge`).toBeLessThan(svgBox.x + svgBox.width);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('marks the zoom buttons unavailable until the timeline’s code has arrived', async ({
    page,
  }) => {
    const timelineCode = await holdRequests(page, /career-timeline-[\w-]+\.js$/);
    await page.goto('/en/');
    await timelineCode.requested;
    const frame = page.locator('.timeline-frame--horizontal');
    const zoomIn = frame.getByRole('button', { name: 'Zoom in' });
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    await expect(zoomIn).toHaveCSS('cursor', 'default');

    timelineCode.release();
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'false');
    const caption = frame.locator('.timeline-canvas__caption');
    const full = (await caption.textContent())!;
    await zoomIn.click();
    await expect(caption).not.toHaveText(full);
  });

  test('zooms with the buttons while d3-zoom is still loading, and d3-zoom carries on from there', async ({
    page,
  }) => {
    const zoomCode = await holdRequests(page, /zoom-runtime-[\w-]+\.js$/);
    await page.goto('/en/');
    const frame = page.locator('.timeline-frame--horizontal');
    const caption = frame.locator('.timeline-canvas__caption');
    const full = (await caption.textContent())!;
    await timelineReady(frame);
    await frame.getByRole('button', { name: 'Zoom in' }).click();
    await expect(caption).not.toHaveText(full);
    const zoomed = (await caption.textContent())!;

    const loaded = page.waitForResponse(/zoom-runtime-[\w-]+\.js$/);
    zoomCode.release();
    await loaded;
    await page.waitForTimeout(200);
    expect(await caption.textContent()).toBe(zoomed);
    const box = (await frame.locator('svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect(caption).not.toHaveText(zoomed);
    await frame.getByRole('button', { name: 'Reset view' }).click();
    await expect(caption).toHaveText(full);
  });

  test('shows a preview beside a hovered node without covering it', async ({ page }) => {
    await page.goto('/en/');
    const frame = page.locator('.timeline-frame--horizontal');
    const node = frame.locator('a.timeline-mark[data-id="mrcp-rust-rewrite"] .timeline-mark__node');
    await node.hover();
    const preview = frame.locator('.timeline-preview');
    await expect(preview).toContainText(mrcpProject(en));
    await expect(preview).toContainText(
      interfaceString('en', 'period.employerPeriod', { employer: 'Xiaomi', period: '\0' }).split(
        '\0',
      )[0]!,
    );
    const a = (await node.boundingBox())!;
    const b = (await preview.boundingBox())!;
    const covers =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(covers).toBe(false);
  });
});

test.describe('the phone timeline', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  for (const language of ['zh', 'en']) {
    test(`fits 375 px in ${language}: no horizontal scroll, every node inside the width, text of 12 px or more`, async ({
      page,
    }) => {
      await page.goto(`/${language}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      const frame = page.locator('.timeline-frame--vertical');
      const boxes = await frame
        .locator('a.timeline-mark')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON()));
      expect(boxes.length).toBeGreaterThanOrEqual(10);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(375);
      }
      const sizes = await frame
        .locator('text')
        .evaluateAll((texts) => texts.map((text) => parseFloat(getComputedStyle(text).fontSize)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    });
  }

  test('reaches every node by vertical scrolling alone', async ({ page }) => {
    await page.goto('/en/');
    const frame = page.locator('.timeline-frame--vertical');
    const links = frame.locator('a.timeline-mark');
    const count = await links.count();
    for (let index = 0; index < count; index += 1) {
      const top = await links
        .nth(index)
        .evaluate((link) => link.getBoundingClientRect().top + window.scrollY);
      await page.evaluate((y) => window.scrollTo(0, y - 200), top);
      await expect(links.nth(index)).toBeInViewport();
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
    }
  });
});

test.describe('reduced motion', () => {
  test.use({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });

  test('zooms at once, with no transition', async ({ page }) => {
    await page.goto('/en/');
    const frame = page.locator('.timeline-frame--horizontal');
    const caption = frame.locator('.timeline-canvas__caption');
    const before = await caption.textContent();
    await timelineReady(frame);
    await frame.getByRole('button', { name: 'Zoom in' }).click();
    // A transition would still be at its start after one frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const settled = await caption.textContent();
    expect(settled).not.toBe(before);
    await page.waitForTimeout(300);
    expect(await caption.textContent()).toBe(settled);
  });
});
