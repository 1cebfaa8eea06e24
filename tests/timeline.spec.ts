import type { Locator, Page } from '@playwright/test';
import { projectTechnologies, technologySlug } from '../src/content/technologies';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { holdRequests } from './support/held-requests';
import {
  escapeRegExp,
  languages as siteLanguages,
  originalLanguage,
  otherLanguage,
  resumes,
  switcherName,
} from './support/site-pages';
import { interfaceString } from './support/interface-string';

const viewports = [
  { name: 'desktop', width: 1440, height: 900, frame: '.timeline-frame--horizontal' },
  { name: 'phone', width: 375, height: 812, frame: '.timeline-frame--vertical' },
];
const languages = siteLanguages.map((language) => ({
  language,
  zoomIn: interfaceString(language, 'timeline.zoomIn'),
  reset: interfaceString(language, 'timeline.reset'),
  /** The switcher's name and the language it leads to, on a site in two languages. */
  switchTo:
    siteLanguages.length > 1
      ? { name: switcherName(language), language: otherLanguage(language)! }
      : undefined,
}));
/** The language of the tests that run in one: the last, a translation on a site in two. */
const oneLanguage = siteLanguages.at(-1) ?? originalLanguage;
const noWorkProject = 'the résumé lists no work project (one with an employer)';

/** The first work project of the content, if it has one: any would do, none is named here. */
function firstWorkProject(language: string) {
  const project = resumes[language]!.projects.find((candidate) => 'employer' in candidate);
  return project as (typeof project & { employer: string }) | undefined;
}

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

/**
 * Runs `action`, a zoom or a pan, and waits until the view it settles on is in the URL and drawn:
 * the URL is written when a zoom ends, so then no transition is still running.
 */
async function settled(page: Page, action: () => Promise<unknown>) {
  const before = page.url();
  await action();
  await expect(page).not.toHaveURL(before);
  // ...and the page has rendered that URL: the language switcher's link carries the same query.
  // (A site in one language has no switcher; there the URL alone says the zoom has ended.)
  if (siteLanguages.length < 2) return;
  const { search, hash } = new URL(page.url());
  await expect(page.locator('a.language-switcher')).toHaveAttribute(
    'href',
    new RegExp(`${escapeRegExp(search + hash)}$`),
  );
}

/** A mark's shape: its band, block or node. */
const markShape = '.timeline-mark__band, .timeline-mark__block, .timeline-mark__node';

/** Waits until the mark `locator` is drawn inside the chart's visible width. */
async function expectInView(frame: Locator, mark: Locator) {
  const chart = (await frame.locator('svg.timeline-svg').boundingBox())!;
  await expect
    .poll(async () => {
      const box = await mark.locator(markShape).boundingBox();
      return box !== null && box.x + box.width > chart.x && box.x < chart.x + chart.width;
    })
    .toBe(true);
}

/**
 * Waits until the mark shows whole in the chart, 16 px inside its edges less a pixel for rounding,
 * or fills the chart if it is wider.
 */
async function expectWhollyInView(frame: Locator, mark: Locator) {
  const chart = (await frame.locator('svg.timeline-svg').boundingBox())!;
  const inside = 15;
  await expect
    .poll(async () => {
      const box = (await mark.locator(markShape).boundingBox())!;
      const start = box.x - chart.x;
      const end = start + box.width;
      return box.width <= chart.width - 2 * inside
        ? start >= inside && end <= chart.width - inside
        : start <= inside + 1 && end >= chart.width - inside - 1;
    })
    .toBe(true);
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
  for (const { language, zoomIn, reset } of languages) {
    test.describe(`the ${language} timeline at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });

      test('opens a work project’s page when its block is clicked', async ({ page }) => {
        const project = firstWorkProject(language);
        test.skip(project === undefined, noWorkProject);
        if (project === undefined) return;
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        const mark = frame.locator(`a.timeline-mark[data-id="${project.id}"]`);
        await mark.locator('.timeline-mark__block').click();
        await expect(page).toHaveURL(new RegExp(`/${language}/projects/${project.id}/$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name);
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
        const href = (await links.nth(1).getAttribute('href'))!;
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href)}$`));
        // A detail page takes focus to its heading; an entry of the résumé page (an award, a
        // publication) is a document load, scrolled to that entry.
        const [, entry] = href.split('#');
        if (entry) await expect(page.locator(`[id="${entry}"]`)).toBeInViewport();
        else await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      });

      // What the default view draws, read once: these read the page and change nothing.
      test('draws every item of the résumé: in reading order, undated projects as blocks under their employer, the rest apart from the axis', async ({
        page,
      }) => {
        await page.goto(`/${language}/`);
        await test.step('Tab reaches the marks in reading order, each employer followed by its projects', async () => {
          await expect(page.locator(`${viewport.frame} a.timeline-mark`).first()).toBeAttached();
          const ids = await page
            .locator(`${viewport.frame} a.timeline-mark`)
            .evaluateAll((links) => links.map((link) => link.getAttribute('data-id')));
          const { work, projects } = resumes[language]!;
          // Employers run by start across a desktop; down a phone, from the latest end (an ongoing
          // job's is now), the later start first. Whatever the résumé's order.
          const employers = ids.filter((id) => work.some((entry) => entry.id === id));
          const byStart = (a: (typeof work)[number], b: (typeof work)[number]) =>
            a.startDate.localeCompare(b.startDate);
          const end = (entry: (typeof work)[number]) => entry.endDate ?? '9999-12';
          const expected = [...work]
            .sort(
              viewport.name === 'desktop'
                ? byStart
                : (a, b) => end(b).localeCompare(end(a)) || byStart(b, a),
            )
            .map((entry) => entry.id);
          expect(employers).toEqual(expected);
          for (const entry of work) {
            const own = projects.filter((p) => 'employer' in p && p.employer === entry.id);
            expect(
              ids.slice(ids.indexOf(entry.id) + 1, ids.indexOf(entry.id) + 1 + own.length),
            ).toEqual(own.map((p) => p.id));
          }
        });
        await test.step('no undated project is a point: each is a block as long as its employer’s band', async () => {
          const frame = page.locator(viewport.frame);
          for (const project of resumes[language]!.projects) {
            const mark = frame.locator(`a.timeline-mark[data-id="${project.id}"]`);
            if (!('employer' in project)) continue;
            await expect(mark.locator('.timeline-mark__node')).toHaveCount(0);
            const block = (await mark.locator('.timeline-mark__block').boundingBox())!;
            const band = (await frame
              .locator(`a.timeline-mark[data-id="${project.employer}"] .timeline-mark__band`)
              .boundingBox())!;
            if (viewport.name === 'desktop') {
              expect(Math.abs(block.x - band.x)).toBeLessThanOrEqual(1);
              expect(Math.abs(block.width - band.width)).toBeLessThanOrEqual(1);
              expect(block.y).toBeGreaterThanOrEqual(band.y + band.height - 1);
            } else {
              // Under its employer's label, beside the employer's column, from its top.
              expect(block.x).toBeGreaterThan(band.x + band.width);
              expect(block.y).toBeGreaterThanOrEqual(band.y);
            }
          }
        });
        await test.step('every item of the résumé is reached from the timeline', async () => {
          const timeline = page.locator('#timeline');
          const frame = page.locator(viewport.frame);
          const resume = resumes[language]!;
          const hrefs = await timeline
            .locator(`${viewport.frame} a, .timeline-undated a`)
            .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
          for (const entry of resume.work)
            expect(hrefs).toContain(`/${language}/work/${entry.id}/`);
          for (const project of resume.projects)
            expect(hrefs).toContain(`/${language}/projects/${project.id}/`);
          for (const contribution of resume.contributions)
            if (contribution.url) expect(hrefs).toContain(contribution.url);
          // Schools have no page: each is a band drawn with its name, found by its id (two degrees
          // may share a school's name).
          for (const school of resume.education) {
            const band = frame.locator(`.timeline-mark[data-id="${school.id}"]`);
            await expect(band.locator('.timeline-mark__band')).toBeVisible();
            const label = await band.locator('text.timeline-label').textContent();
            // The name, then the degree; or, where the band is too narrow, its first words.
            const shown = (label ?? '').replace(/\s+/g, ' ').replace(/…$/, '');
            expect(shown).not.toBe('');
            expect(
              shown.startsWith(school.institution) || school.institution.startsWith(shown),
              `"${shown}" shows "${school.institution}"`,
            ).toBe(true);
          }
          // Undated items: apart from the axis, in the Tab order after the chart.
          const undated = timeline.locator('.timeline-undated a');
          const undatedCount =
            resume.projects.filter((p) => !('employer' in p) && !p.startDate).length +
            resume.contributions.filter((c) => !c.startDate).length;
          await expect(undated).toHaveCount(undatedCount);
          if (undatedCount > 0) await expect(undated.first()).toBeVisible();
        });
      });

      test('names every mark starting with its visible label, and clicks land on the mark drawn there', async ({
        page,
      }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame);
        const marks = frame.locator('a.timeline-mark');
        const count = await marks.count();
        expect(count).toBeGreaterThan(0);
        for (let index = 0; index < count; index += 1) {
          const mark = marks.nth(index);
          await mark.scrollIntoViewIfNeeded();
          const result = await mark.evaluate((link) => {
            const id = link.getAttribute('data-id');
            const hitAt = (element: Element | null) => {
              if (!element) return 'none';
              const box = element.getBoundingClientRect();
              const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
              return hit?.closest('a.timeline-mark')?.getAttribute('data-id') ?? 'none';
            };
            const label = link.querySelector('text.timeline-label');
            const shape = link.querySelector(
              '.timeline-mark__band, .timeline-mark__block, .timeline-mark__node',
            );
            const text = (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
            const box = link.getBoundingClientRect();
            return {
              id,
              shape: hitAt(shape),
              label: label ? hitAt(label) : id,
              text,
              name: link.getAttribute('aria-label') ?? '',
              size: [box.width, box.height],
            };
          });
          expect(result.shape, `${result.id}: its shape's centre`).toBe(result.id);
          expect(result.label, `${result.id}: its label's centre`).toBe(result.id);
          // A label cut short ends in an ellipsis after a whole word: the words before it lead the name.
          const shown = result.text.replace(/…$/, '');
          expect(
            result.name.startsWith(shown),
            `${result.id}: "${result.name}" starts with "${shown}"`,
          ).toBe(true);
          expect(Math.min(...result.size), `${result.id}: target size`).toBeGreaterThanOrEqual(24);
          if (viewport.name === 'desktop')
            expect(result.text, `${result.id} is not cut`).not.toContain('…');
        }
      });

      test('shows no two overlapping labels, before and after zooming', async ({ page }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        expect(overlapping(await labelBoxes(frame))).toEqual([]);
        await timelineReady(frame);
        const button = frame.getByRole('button', { name: zoomIn });
        for (let step = 0; step < 3; step += 1) {
          await settled(page, () => button.click());
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
        await settled(page, () => frame.getByRole('button', { name: zoomIn }).click());
        // The phone's chart draws the zoom the URL holds, so the URL may change a moment before the
        // chart does (where a second language's switcher does not tell that the page has rendered).
        if (viewport.name === 'phone')
          await expect.poll(async () => (await axis()).gap).toBeGreaterThan(before.gap);

        await frame.getByRole('button', { name: reset }).click();
        await expect.poll(axis).toEqual(before);

        // + and 0 from a focused node.
        await focusFirstNode(page, frame);
        await page.keyboard.press('+');
        await expect.poll(axis).not.toEqual(before);
        // At once, while the zoom's URL write may still be on its way: the reset wins all the same.
        await page.keyboard.press('0');
        await expect.poll(axis).toEqual(before);
        await expect(page).not.toHaveURL(/[?&](view|zoom)=/);
        expect(await axis()).toEqual(before);
      });

      test('Back from a detail page restores the view and highlights the node', async ({
        page,
      }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame);
        await settled(page, () => frame.getByRole('button', { name: zoomIn }).click());
        await settled(page, () => frame.getByRole('button', { name: zoomIn }).click());
        const ticks = await frame.locator('text.timeline-axis__label').allTextContents();
        const project = firstWorkProject(language);
        test.skip(project === undefined, noWorkProject);
        const { id } = project!;
        const node = frame.locator(`a.timeline-mark[data-id="${id}"]`);
        if (viewport.name === 'desktop') {
          await node.focus(); // pans it into view if the zoom left it outside
          await expectInView(frame, node);
        }
        const ticksBeforeClick = await frame.locator('text.timeline-axis__label').allTextContents();
        const positions = () =>
          frame
            .locator(markShape)
            .evaluateAll((shapes) => shapes.map((shape) => shape.getBoundingClientRect().x));
        const before = await positions();
        // A click on the part of the block the chart shows: zoomed in, a block can run past the
        // chart's edge, and its middle is then hidden.
        const block = node.locator('.timeline-mark__block');
        await block.scrollIntoViewIfNeeded();
        const shape = (await block.boundingBox())!;
        const plot = (await frame.locator('.timeline-chart__plot').boundingBox())!;
        const left = Math.max(shape.x, plot.x);
        const right = Math.min(shape.x + shape.width, plot.x + plot.width);
        await page.mouse.click((left + right) / 2, shape.y + shape.height / 2);
        await expect(page).toHaveURL(new RegExp(`/projects/${id}/$`));
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/${language}/\\?`));
        await expect(frame.locator(`a.timeline-mark[data-id="${id}"]`)).toHaveClass(
          /is-highlighted/,
        );
        await expect(frame.locator(`a.timeline-mark[data-id="${id}"]`)).toBeFocused();
        expect(await frame.locator('text.timeline-axis__label').allTextContents()).toEqual(
          ticksBeforeClick,
        );
        const after = await positions();
        expect(after.length).toBe(before.length);
        after.forEach((x, index) => expect(Math.abs(x - before[index]!)).toBeLessThanOrEqual(1));
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
    const { education, work } = resumes[oneLanguage]!;
    test.skip(education.length + work.length === 0, 'the résumé lists no employer or school');
    await page.goto(`/${oneLanguage}/`);
    const frame = page.locator('.timeline-frame--horizontal');
    const caption = frame.locator('.timeline-chart__caption');
    const full = await caption.textContent();
    await timelineReady(frame);
    const svg = frame.locator('svg.timeline-svg');
    // The mouse acts where the chart is on screen: a long summary can push it below the fold.
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await settled(page, () => page.mouse.wheel(0, -600));
    await expect(caption).not.toHaveText(full!);
    const zoomed = await caption.textContent();

    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect(caption).not.toHaveText(zoomed!);

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
    const firstYear = Math.min(
      ...[...education, ...work].map((entry) => Number(entry.startDate.slice(0, 4))),
    );
    // The caption up to its second date: "Showing Jan 2011 to".
    const january = new Intl.DateTimeFormat(oneLanguage, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(Date.UTC(firstYear, 0));
    const start = interfaceString(oneLanguage, 'timeline.showing', { from: january, to: '\0' });
    await expect(caption).toHaveText(new RegExp(`^${escapeRegExp(start.split('\0')[0]!)}`));
  });

  test('moving focus with the keyboard to a node outside the view, or cut by its edge, pans it to show whole', async ({
    page,
  }) => {
    await page.goto(`/${oneLanguage}/`);
    const frame = page.locator('.timeline-frame--horizontal');
    await timelineReady(frame);
    for (let step = 0; step < 5; step += 1)
      await settled(page, () =>
        frame
          .getByRole('button', { name: interfaceString(oneLanguage, 'timeline.zoomIn') })
          .click(),
      );
    await focusFirstNode(page, frame);
    const count = await frame.locator('a.timeline-mark').count();
    for (let index = 0; index < count; index += 1) {
      await expectWhollyInView(frame, page.locator('a.timeline-mark:focus'));
      await page.keyboard.press('ArrowRight');
    }
  });

  test('marks the zoom buttons unavailable until the timeline’s code has arrived', async ({
    page,
  }) => {
    const timelineCode = await holdRequests(page, /career-timeline-[\w-]+\.js$/);
    await page.goto(`/${oneLanguage}/`);
    await timelineCode.requested;
    const frame = page.locator('.timeline-frame--horizontal');
    const zoomIn = frame.getByRole('button', {
      name: interfaceString(oneLanguage, 'timeline.zoomIn'),
    });
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    await expect(zoomIn).toHaveCSS('cursor', 'default');

    timelineCode.release();
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'false');
    const caption = frame.locator('.timeline-chart__caption');
    const full = (await caption.textContent())!;
    await zoomIn.click();
    await expect(caption).not.toHaveText(full);
  });

  test('shows a preview beside a hovered work project without covering it', async ({ page }) => {
    const project = firstWorkProject(oneLanguage);
    test.skip(project === undefined, noWorkProject);
    if (project === undefined) return;
    await page.goto(`/${oneLanguage}/`);
    const frame = page.locator('.timeline-frame--horizontal');
    const employer = resumes[oneLanguage]!.work.find((entry) => entry.id === project.employer)!;
    const node = frame.locator(`a.timeline-mark[data-id="${project.id}"] .timeline-mark__block`);
    // The preview is the hydrated chart's: before that, the chart may still take its final width.
    await timelineReady(frame);
    await node.hover();
    const preview = frame.locator('.timeline-preview');
    await expect(preview).toContainText(project.name);
    await expect(preview).toContainText(
      interfaceString(oneLanguage, 'period.employerPeriod', {
        employer: employer.name,
        period: '\0',
      }).split('\0')[0]!,
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

  for (const language of siteLanguages) {
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
      // A mark at least for each employer and school of the résumé.
      const { work, education } = resumes[language]!;
      expect(boxes.length).toBeGreaterThanOrEqual(Math.max(1, work.length + education.length));
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
    await page.goto(`/${oneLanguage}/`);
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
    await page.goto(`/${oneLanguage}/`);
    const frame = page.locator('.timeline-frame--horizontal');
    const caption = frame.locator('.timeline-chart__caption');
    const before = await caption.textContent();
    await timelineReady(frame);
    await frame
      .getByRole('button', { name: interfaceString(oneLanguage, 'timeline.zoomIn') })
      .click();
    // A transition would still be at its start after one frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const afterOneFrame = await caption.textContent();
    expect(afterOneFrame).not.toBe(before);
    // The zoom has ended (its view is in the URL) and shows what it showed after one frame.
    await expect(page).toHaveURL(/[?&]view=/);
    expect(await caption.textContent()).toBe(afterOneFrame);
  });
});

/** The ids of the marks and undated entries a technology should mark, from the content alone. */
function expectedMatches(language: string, slug: string) {
  const { projects, work } = resumes[language]!;
  const uses = (keywords: readonly string[]) => keywords.some((k) => technologySlug(k) === slug);
  const matching = projects.filter((project) => uses(project.keywords));
  const employers = work
    .filter((entry) => matching.some((p) => 'employer' in p && p.employer === entry.id))
    .map((entry) => entry.id);
  return {
    ids: [...matching.map((project) => project.id), ...employers].sort(),
    count: matching.length,
    total: projects.length,
  };
}

async function markedIds(page: Page, frame: string) {
  return page
    .locator(`${frame} a.timeline-mark.is-match, .timeline-undated__entry.is-match`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')!).sort());
}

for (const viewport of viewports) {
  for (const { language, zoomIn, switchTo } of languages) {
    test.describe(`the ${language} timeline’s URL state at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height } });
      // The technology most projects use, and one only some use: both from the content.
      const { projects } = resumes[language]!;
      const technologies = projectTechnologies(projects);
      const found = technologies.find((t) => t.projects < projects.length) ?? technologies[0];
      const noTechnology = 'the résumé’s projects name no technology';
      // Skipped below when undefined; the fallback only satisfies the type.
      const technology = found ?? { name: '', slug: '', projects: 0 };

      test('choosing a technology marks exactly the items that use it, survives a reload and a language switch, and Back undoes it', async ({
        page,
      }) => {
        test.skip(found === undefined, noTechnology);
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame);
        await page
          .locator('.technology-filter')
          .getByRole('link', { name: technology.name, exact: true })
          .click();
        await expect(page).toHaveURL(new RegExp(`[?&]tech=${technology.slug}(&|$)`));
        const expected = expectedMatches(language, technology.slug);
        await expect.poll(() => markedIds(page, viewport.frame)).toEqual(expected.ids);
        const status = page.locator('.technology-filter__status');
        await expect(status).toContainText(String(expected.count));
        await expect(status).toContainText(String(expected.total));
        await expect(status).toContainText(technology.name);
        // Something is dimmed only where some mark does not use the technology.
        const marks = await frame.locator('a.timeline-mark').count();
        if (marks > expected.ids.length) {
          await expect(frame.locator('a.timeline-mark.is-dimmed').first()).toBeAttached();
        }

        await page.reload();
        await expect.poll(() => markedIds(page, viewport.frame)).toEqual(expected.ids);

        if (switchTo !== undefined) {
          const other = switchTo.language;
          await page.getByRole('link', { name: switchTo.name, exact: true }).click();
          await expect(page).toHaveURL(new RegExp(`/${other}/\\?.*tech=${technology.slug}`));
          await expect
            .poll(() => markedIds(page, viewport.frame))
            .toEqual(expectedMatches(other, technology.slug).ids);
          await page.goBack();
        }
        await expect(page).toHaveURL(new RegExp(`/${language}/\\?.*tech=`));
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/${language}/$`));
        await expect.poll(() => markedIds(page, viewport.frame)).toEqual([]);
        await expect(frame.locator('a.timeline-mark.is-dimmed')).toHaveCount(0);
      });

      test('“show all” clears the filter', async ({ page }) => {
        test.skip(found === undefined, noTechnology);
        await page.goto(`/${language}/?tech=${technology.slug}`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame);
        await expect(frame.locator('a.timeline-mark.is-match').first()).toBeAttached();
        await page.locator('.technology-filter__status a').click();
        await expect(page).toHaveURL(new RegExp(`/${language}/\\??$`));
        await expect(frame.locator('a.timeline-mark.is-dimmed')).toHaveCount(0);
      });

      test('zoom, then switch language: the other language shows the same window', async ({
        page,
      }) => {
        test.skip(switchTo === undefined, 'needs two languages');
        if (switchTo === undefined) return;
        const other = switchTo.language;
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame);
        const zoomButton = frame.getByRole('button', { name: zoomIn });
        await settled(page, () => zoomButton.click());
        await settled(page, () => zoomButton.click());
        await expect(page).toHaveURL(viewport.name === 'desktop' ? /[?&]view=/ : /[?&]zoom=/);
        const url = new URL(page.url());
        const state = url.searchParams.get('view') ?? url.searchParams.get('zoom');
        const bands = () =>
          frame
            .locator('.timeline-mark__band')
            .evaluateAll((shapes) => shapes.map((shape) => shape.getBoundingClientRect().width));
        const before = await bands();
        await page.getByRole('link', { name: switchTo.name, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${other}/\\?`));
        const next = new URL(page.url());
        expect(next.searchParams.get('view') ?? next.searchParams.get('zoom')).toBe(state);
        await timelineReady(frame);
        // The same window to within a pixel: the band of a current role ends at "now", which the
        // prerendered page took from the build and the page rendered after the switch takes from
        // the clock, so its width can differ by a fraction of a pixel.
        await expect
          .poll(async () => {
            const after = await bands();
            if (after.length !== before.length)
              return `${after.length} bands, not ${before.length}`;
            return Math.max(0, ...after.map((width, i) => Math.abs(width - before[i]!)));
          })
          .toBeLessThan(1);
      });

      test('falls back to the default view, silently, on values it does not know', async ({
        page,
      }) => {
        await page.goto(`/${language}/`);
        const frame = page.locator(viewport.frame);
        await timelineReady(frame);
        const caption = await frame.locator('.timeline-chart__caption').textContent();
        await page.goto(
          `/${language}/?view=garbage&zoom=abc&tech=no-such-technology&focus=no-such-id`,
        );
        await timelineReady(frame);
        await expect(frame.locator('.timeline-chart__caption')).toHaveText(caption!);
        await expect(frame.locator('a.timeline-mark.is-dimmed')).toHaveCount(0);
        await expect(frame.locator('a.timeline-mark.is-highlighted')).toHaveCount(0);
      });

      test('has no WCAG 2.2 A/AA violations, filtered or not', async ({ page }) => {
        test.setTimeout(120_000); // axe checks every mark's target size: slow on a busy machine
        for (const search of ['', ...(found ? [`?tech=${technology.slug}`] : [])]) {
          await page.goto(`/${language}/${search}`);
          await timelineReady(page.locator(viewport.frame));
          expect(await accessibilityViolations(page), search || 'unfiltered').toEqual([]);
        }
      });
    });
  }
}

test.describe('technology chips', () => {
  test('every project technology chip leads to the home timeline filtered by it; other skills stay text', async ({
    page,
  }) => {
    const language = oneLanguage;
    const resume = resumes[language]!;
    const slugs = new Set(projectTechnologies(resume.projects).map((t) => t.slug));
    await page.goto(`/${language}/`);
    const skills = page.locator('.skills');
    for (const keyword of resume.skills.flatMap((group) => group.keywords)) {
      const link = skills.getByRole('link', { name: keyword, exact: true });
      if (slugs.has(technologySlug(keyword)))
        await expect(link).toHaveAttribute(
          'href',
          `/${language}/?tech=${technologySlug(keyword)}#timeline`,
        );
      else await expect(link).toHaveCount(0);
    }
    // A project's chips: a work project's where there is one.
    const project =
      resume.projects.find((p) => 'employer' in p && p.keywords.length > 0) ??
      resume.projects.find((p) => p.keywords.length > 0);
    if (project === undefined) return; // No project names a technology: the skills were checked.
    await page.goto(`/${language}/projects/${project.id}/`);
    const keyword = project.keywords[0]!;
    await page.locator('.detail-part').getByRole('link', { name: keyword, exact: true }).click();
    await expect(page).toHaveURL(
      new RegExp(`/${language}/\\?tech=${technologySlug(keyword)}#timeline$`),
    );
    await expect
      .poll(() => markedIds(page, '.timeline-frame--horizontal'))
      .toEqual(expectedMatches(language, technologySlug(keyword)).ids);
  });

  test('a chip spelt in mixed case, as its maker spells it, filters by its lower-case address', async ({
    page,
  }) => {
    const language = oneLanguage;
    const resume = resumes[language]!;
    const project = resume.projects.find((p) => p.keywords.some((k) => /[a-z][A-Z]/.test(k)));
    test.skip(!project, 'the résumé’s projects name no technology in mixed case');
    const keyword = project!.keywords.find((k) => /[a-z][A-Z]/.test(k))!;
    const slug = technologySlug(keyword);
    await page.goto(`/${language}/projects/${project!.id}/`);
    await page.locator('.detail-part').getByRole('link', { name: keyword, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${language}/\\?tech=${slug}#timeline$`));
    expect(slug).toBe(keyword.toLowerCase());
    await expect(page.locator('.technology-filter__status')).toContainText(keyword);
    await expect
      .poll(() => markedIds(page, '.timeline-frame--horizontal'))
      .toEqual(expectedMatches(language, slug).ids);
  });
});
