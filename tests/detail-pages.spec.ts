import type { Page } from '@playwright/test';
import en from '../src/content/resume.en.json' with { type: 'json' };
import zh from '../src/content/resume.zh.json' with { type: 'json' };
import type { Project, Resume } from '../src/content/schema';
import { orderProjectsChronologically } from '../src/features/projects/project-order';
import { interfaceString } from '../src/test/interface-string';
import { accessibilityViolations, expect, test } from './support/fixtures';

/** The interface strings these tests look for, read from the locale files. */
function labelsIn(language: 'zh' | 'en') {
  const text = (key: string, values?: Record<string, string>) =>
    interfaceString(language, key, values);
  return {
    regions: {
      experience: text('sections.experience'),
      projects: text('sections.projects'),
      openSource: text('sections.openSource'),
    },
    labels: {
      technologies: text('detail.technologies'),
      backToTimeline: text('detail.backToTimeline'),
      previous: text('detail.previousProject'),
      next: text('detail.nextProject'),
      notFound: text('notFound.heading'),
      notFoundTitle: text('notFound.title'),
      /** The start of a work project's period, which names its employer. */
      employerPeriod: (employer: string) =>
        text('period.employerPeriod', { employer, period: '\0' }).split('\0')[0]!,
    },
  };
}

const sites = [
  {
    language: 'zh',
    resume: zh as unknown as Resume,
    switchTo: { name: 'English', language: 'en', resume: en as unknown as Resume },
    ...labelsIn('zh'),
  },
  {
    language: 'en',
    resume: en as unknown as Resume,
    switchTo: { name: '中文', language: 'zh', resume: zh as unknown as Resume },
    ...labelsIn('en'),
  },
];

/** Every piece of text the content holds for a project, lists flattened. */
function contentStrings(project: Project): string[] {
  const nonText = new Set(['id', 'type', 'employer', 'url', 'startDate', 'endDate', 'references']);
  return Object.entries(project)
    .filter(([field]) => !nonText.has(field))
    .flatMap(([, value]): unknown[] => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string');
}

async function expectDescription(page: Page, content: string) {
  const descriptions = page.locator('head meta[name="description"]');
  await expect(descriptions).toHaveCount(1);
  await expect(descriptions).toHaveAttribute('content', content);
}

for (const { language, resume, switchTo, regions, labels } of sites) {
  const ordered = orderProjectsChronologically(resume);
  const employerOf = (project: Project) =>
    project.type === 'work'
      ? resume.work.find((entry) => entry.id === project.employer)
      : undefined;

  test.describe(`the ${language} detail pages`, () => {
    // Tests here visit every employer or project page in turn: time for a slow or busy machine.
    test.describe.configure({ timeout: 120_000 });
    test('show every employer, loaded by its URL, with its title and content', async ({ page }) => {
      for (const entry of resume.work) {
        await page.goto(`/${language}/work/${entry.id}`);
        const main = page.getByRole('main');
        await expect(main.getByRole('heading', { level: 1 })).toHaveText(entry.name);
        await expect(page).toHaveTitle(`${entry.name} · ${resume.basics.name}`);
        await expectDescription(page, entry.summary);
        await expect(main.getByText(entry.position, { exact: true })).toBeVisible();
        await expect(main.getByText(entry.summary, { exact: true })).toBeVisible();
        const projects = resume.projects.filter(
          (project) => project.type === 'work' && project.employer === entry.id,
        );
        for (const project of projects) {
          await expect(main.getByRole('link', { name: project.name, exact: true })).toHaveAttribute(
            'href',
            `/${language}/projects/${project.id}/`,
          );
        }
      }
    });

    test('show every project, loaded by its URL, with its title and all of its content', async ({
      page,
    }) => {
      for (const project of resume.projects) {
        await page.goto(`/${language}/projects/${project.id}`);
        const main = page.getByRole('main');
        await expect(main.getByRole('heading', { level: 1 })).toHaveText(project.name);
        await expect(page).toHaveTitle(`${project.name} · ${resume.basics.name}`);
        await expectDescription(page, project.description);
        for (const text of contentStrings(project)) {
          await expect(main.getByText(text, { exact: true }).first()).toBeVisible();
        }
        const employer = employerOf(project);
        if (employer) {
          await expect(main.getByRole('link', { name: employer.name, exact: true })).toBeVisible();
          await expect(main).toContainText(labels.employerPeriod(employer.name));
        }
        if (project.url) {
          await expect(main.locator(`a[href="${project.url}"]`)).toBeVisible();
        }
        // Technologies are plain text: no link anywhere in their part.
        const technologies = main.locator('section', {
          has: page.getByRole('heading', { level: 2, name: labels.technologies }),
        });
        await expect(technologies.getByRole('listitem')).toHaveCount(project.keywords.length);
        // Each technology leads to the home timeline filtered by it.
        await expect(technologies.getByRole('link')).toHaveCount(project.keywords.length);
      }
    });

    test('are reached by clicking each employer and project in the home page’s résumé', async ({
      page,
    }) => {
      const links = [
        ...resume.work.map((entry) => ({
          region: regions.experience,
          name: entry.name,
          path: `/${language}/work/${entry.id}/`,
        })),
        ...resume.projects.map((project) => ({
          region: project.type === 'work' ? regions.projects : regions.openSource,
          name: project.name,
          path: `/${language}/projects/${project.id}/`,
        })),
      ];
      for (const { region, name, path } of links) {
        await page.goto(`/${language}/`);
        await page
          .getByRole('region', { name: region, exact: true })
          .getByRole('link', { name, exact: true })
          .click();
        await expect(page).toHaveURL(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
        // A client-side navigation: focus moves to the heading, the page starts at the top.
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      }
    });

    test('walk the projects in chronological order with next, and back with previous', async ({
      page,
    }) => {
      await page.goto(`/${language}/projects/${ordered[0]?.id}`);
      await expect(page.getByRole('link', { name: labels.previous })).toHaveCount(0);
      for (const project of ordered.slice(1)) {
        await page.getByRole('link', { name: labels.next }).click();
        await expect(page).toHaveURL(`/${language}/projects/${project.id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name);
      }
      await expect(page.getByRole('link', { name: labels.next })).toHaveCount(0);
      for (const project of ordered.slice(0, -1).reverse()) {
        await page.getByRole('link', { name: labels.previous }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name);
      }
    });

    test('keep the reader on the same item when switching language', async ({ page }) => {
      for (const path of [
        'projects/mrcp-rust-rewrite/',
        'work/shuhui-shikong/',
        'projects/raft/',
      ]) {
        await page.goto(`/${language}/${path}`);
        await page.getByRole('link', { name: switchTo.name, exact: true }).click();
        await expect(page).toHaveURL(`/${switchTo.language}/${path}`);
        const [kind, id] = path.split('/');
        const other = switchTo.resume;
        const name =
          kind === 'work'
            ? other.work.find((entry) => entry.id === id)?.name
            : other.projects.find((project) => project.id === id)?.name;
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name ?? '');
        await expect(page).toHaveTitle(`${name} · ${other.basics.name}`);
      }
    });

    test('lead back to the timeline with the item highlighted', async ({ page }) => {
      await page.goto(`/${language}/projects/sqlparser-nom`);
      await page.getByRole('link', { name: labels.backToTimeline }).click();
      await expect(page).toHaveURL(`/${language}/?focus=sqlparser-nom`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
    });

    test('show the not-found page, titled so, for unknown ids and paths', async ({ page }) => {
      for (const path of ['projects/no-such-project', 'work/no-such-employer', 'projects']) {
        await page.goto(`/${language}/${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels.notFound);
        await expect(page).toHaveTitle(`${labels.notFoundTitle} · ${resume.basics.name}`);
        await expect(page.getByRole('main').getByRole('link')).toHaveAttribute(
          'href',
          `/${language}/`,
        );
      }
    });

    for (const path of [
      ...resume.work.map((entry) => `work/${entry.id}`),
      ...resume.projects.map((project) => `projects/${project.id}`),
      'projects/no-such-project',
    ]) {
      test(`/${language}/${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(`/${language}/${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('a detail page', () => {
  test('under an unknown language is the not-found page in the visitor’s language', async ({
    page,
  }) => {
    await page.goto('/fr/projects/raft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    await expect(page).toHaveTitle('页面不存在 · 张林伟');
  });

  test('works with Back and Forward', async ({ page }) => {
    await page.goto('/en/');
    await page
      .getByRole('region', { name: 'Experience' })
      .getByRole('link', { name: 'Xiaomi' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiaomi');
    const scheduler = (en as unknown as Resume).projects.find(
      (project) => project.type === 'work' && project.employer === 'xiaomi',
    )!;
    await page.getByRole('link', { name: scheduler.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scheduler.name);

    await page.goBack();
    await expect(page).toHaveURL('/en/work/xiaomi/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiaomi');
    await page.goBack();
    await expect(page).toHaveURL('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linwei Zhang');
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiaomi');
    await page.goForward();
    await expect(page).toHaveURL('/en/projects/distributed-task-scheduler/');
  });

  test('keeps focus at the start of the document when loaded or reloaded', async ({ page }) => {
    await page.goto('/zh/projects/raft');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('raft');
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();

    await page.getByRole('link', { name: '下一个项目' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('derive-with');
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  });

  test('starts at the top after following a link from far down the home page', async ({ page }) => {
    await page.goto('/en/');
    const link = page.getByRole('region', { name: 'Open source' }).getByRole('link', {
      name: 'tiny-renderer',
      exact: true,
    });
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('tiny-renderer');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('is not downloaded with the home page, only when it is shown', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const detailCode = /\/(project|work)-(page|loader)-[\w-]+\.js$/;
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linwei Zhang');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => detailCode.test(path))).toEqual([]);

    const firstWorkProject = (en as unknown as Resume).projects.find(
      (project) => project.type === 'work',
    )!;
    await page
      .getByRole('region', { name: interfaceString('en', 'sections.projects'), exact: true })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstWorkProject.name);
    expect(scripts.filter((path) => /\/project-page-/.test(path))).toHaveLength(1);
  });
});
