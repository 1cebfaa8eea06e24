import { presentsOpenSource } from '../src/content/open-source-framing';
import { orderProjectsChronologically } from '../src/features/projects/project-order';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { pageIsLive } from './support/page-live';
import { interfaceString } from './support/interface-string';
import {
  languages,
  originalLanguage,
  otherLanguage,
  resumes,
  switcherName,
  type TestedResume,
} from './support/site-pages';

/** The interface strings these tests look for, read from the locale files. */
function labelsIn(language: string, resume: TestedResume) {
  const text = (key: string, values?: Record<string, string>) =>
    interfaceString(language, key, values);
  return {
    regions: {
      experience: text('sections.experience'),
      projects: text('sections.projects'),
      // A résumé without contributions shows its own projects as projects, not open source.
      personal: text(presentsOpenSource(resume) ? 'sections.openSource' : 'sections.otherProjects'),
    },
    labels: {
      backToTimeline: text('detail.backToTimeline'),
      previous: text('detail.previousProject'),
      next: text('detail.nextProject'),
      notFound: text('notFound.heading'),
      notFoundTitle: text('notFound.title'),
    },
  };
}

const sites = languages.map((language) => {
  const resume = resumes[language]!;
  const other = otherLanguage(language);
  return {
    language,
    resume,
    switchTo:
      other === undefined
        ? undefined
        : { name: switcherName(language), language: other, resume: resumes[other]! },
    ...labelsIn(language, resume),
  };
});

for (const { language, resume, switchTo, regions, labels } of sites) {
  const ordered = orderProjectsChronologically(resume);
  test.describe(`the ${language} detail pages`, () => {
    // Tests here visit every employer or project page in turn: time for a slow or busy machine.
    test.describe.configure({ timeout: 120_000 });
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
          region: project.kind === 'work' ? regions.projects : regions.personal,
          name: project.name,
          path: `/${language}/projects/${project.id}/`,
        })),
      ];
      await page.goto(`/${language}/`);
      // Every item links to its page; one link of each region is followed, as a visitor would.
      // By address: two entries may share a name.
      for (const { region, name, path } of links) {
        await expect(
          page.getByRole('region', { name: region, exact: true }).locator(`a[href="${path}"]`),
        ).toHaveAccessibleName(name);
      }
      const followed = new Set<string>();
      for (const { region, name, path } of links) {
        if (followed.has(region)) continue;
        followed.add(region);
        await page.goto(`/${language}/`);
        await pageIsLive(page);
        await page
          .getByRole('region', { name: region, exact: true })
          .locator(`a[href="${path}"]`)
          .click();
        await expect(page).toHaveURL(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
        // A client-side navigation: focus moves to the heading, the page starts at the top.
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      }
    });

    test('walk the projects in chronological order with next, and back with previous', async ({
      page,
    }) => {
      test.skip(ordered.length === 0, 'the résumé lists no project');
      await page.goto(`/${language}/projects/${ordered[0]?.id}`);
      await expect(page.getByRole('link', { name: labels.previous })).toHaveCount(0);
      for (const project of ordered.slice(1)) {
        await page.getByRole('link', { name: labels.next }).click();
        await expect(page).toHaveURL(`/${language}/projects/${project.id}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name!);
      }
      await expect(page.getByRole('link', { name: labels.next })).toHaveCount(0);
      for (const project of ordered.slice(0, -1).reverse()) {
        await page.getByRole('link', { name: labels.previous }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name!);
      }
    });

    test('keep the reader on the same item when switching language', async ({ page }) => {
      test.skip(switchTo === undefined, 'needs two languages');
      if (switchTo === undefined) return;
      // An employer, a work project and a personal project, those the content has.
      for (const path of [
        ...resume.work.slice(0, 1).map((entry) => `work/${entry.id}/`),
        ...(['work', 'personal'] as const).flatMap((type) =>
          resume.projects
            .filter((project) => project.kind === type)
            .slice(0, 1)
            .map((project) => `projects/${project.id}/`),
        ),
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
      const last = resume.projects.at(-1);
      test.skip(last === undefined, 'the résumé lists no project');
      const { id } = last!;
      await page.goto(`/${language}/projects/${id}`);
      await page.getByRole('link', { name: labels.backToTimeline }).click();
      await expect(page).toHaveURL(`/${language}/?focus=${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name!);
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

    // One page of each kind: the pages of a kind share their template and differ only in content.
    const employerWithProjects = resume.work.find((entry) =>
      resume.projects.some((project) => project.kind === 'work' && project.employer === entry.id),
    );
    const personal = resume.projects.filter((project) => project.kind === 'personal');
    for (const path of [
      ...new Set(
        [
          employerWithProjects ?? resume.work[0],
          resume.work.find((entry) => entry !== employerWithProjects),
        ]
          .filter((entry) => entry !== undefined)
          .map((entry) => `work/${entry.id}`),
      ),
      ...[
        resume.projects.find((project) => project.kind === 'work'),
        personal.find((project) => project.startDate),
        personal.find((project) => !project.startDate),
      ]
        .filter((project) => project !== undefined)
        .map((project) => `projects/${project.id}`),
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
  const language = languages.at(-1) ?? originalLanguage;
  const resume = resumes[language]!;
  const text = (key: string) => interfaceString(language, key);

  test('under an unknown language is the not-found page in the visitor’s language', async ({
    page,
  }) => {
    // The browser's locale is zh-CN (playwright.config.ts): a site without Chinese answers in its original.
    const visitors = languages.find((tag) => tag.split('-')[0] === 'zh') ?? originalLanguage;
    const project = resumes[visitors]!.projects[0];
    await page.goto(`/fr/projects/${project?.id ?? 'no-such-project'}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      interfaceString(visitors, 'notFound.heading'),
    );
    await expect(page).toHaveTitle(
      `${interfaceString(visitors, 'notFound.title')} · ${resumes[visitors]!.basics.name}`,
    );
  });

  test('works with Back and Forward', async ({ page }) => {
    const project = resume.projects.find((candidate) => candidate.kind === 'work');
    test.skip(project === undefined, 'the résumé lists no work project (one with an employer)');
    const employer = resume.work.find(
      (entry) => project!.kind === 'work' && entry.id === project!.employer,
    )!;
    const employerPath = `/${language}/work/${employer.id}/`;
    const projectPath = `/${language}/projects/${project!.id}/`;
    await page.goto(`/${language}/`);
    await page
      .getByRole('region', { name: text('sections.experience'), exact: true })
      .locator(`a[href="${employerPath}"]`)
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);
    // A visible link to the project, by its address (the chart's hidden twin is left out by role).
    await page
      .getByRole('main')
      .getByRole('link')
      .and(page.locator(`[href="${projectPath}"]`))
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(project!.name);

    await page.goBack();
    await expect(page).toHaveURL(employerPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);
    await page.goBack();
    await expect(page).toHaveURL(`/${language}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name);
    await page.goForward();
    await expect(page).toHaveURL(projectPath);
  });

  test('keeps focus at the start of the document when loaded or reloaded', async ({ page }) => {
    const [first, second] = orderProjectsChronologically(resume);
    test.skip(second === undefined, 'needs two projects, to follow the link to the next');
    await page.goto(`/${language}/projects/${first!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.name!);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();

    await pageIsLive(page);
    await page.getByRole('link', { name: text('detail.nextProject') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.name!);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: text('site.skipToContent') })).toBeFocused();
  });

  test('starts at the top after following a link from far down the home page', async ({ page }) => {
    const last = resume.projects.filter((project) => project.kind === 'personal').at(-1);
    test.skip(last === undefined, 'the résumé lists no personal project');
    const { regions } = labelsIn(language, resume);
    await page.goto(`/${language}/`);
    const link = page
      .getByRole('region', { name: regions.personal, exact: true })
      .locator(`a[href="/${language}/projects/${last!.id}/"]`);
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last!.name);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('brings the visitor back to where they were on the home page, with Back and after a reload', async ({
    page,
  }) => {
    const last = resume.projects.filter((project) => project.kind === 'personal').at(-1);
    test.skip(last === undefined, 'the résumé lists no personal project');
    const { regions } = labelsIn(language, resume);
    const scrollY = () => page.evaluate(() => window.scrollY);
    await page.goto(`/${language}/`);
    await pageIsLive(page);
    const link = page
      .getByRole('region', { name: regions.personal, exact: true })
      .locator(`a[href="/${language}/projects/${last!.id}/"]`);
    await link.scrollIntoViewIfNeeded();
    const place = await scrollY();
    expect(place).toBeGreaterThan(0);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last!.name);
    await expect.poll(scrollY).toBe(0);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
    await expect.poll(scrollY).toBe(place);
    await page.reload();
    await pageIsLive(page);
    await expect.poll(scrollY).toBe(place);
  });

  test('is not downloaded with the home page, only when it is shown', async ({ page }) => {
    const project = resume.projects[0];
    test.skip(project === undefined, 'the résumé lists no project');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const detailCode = /\/(project|work)-page-[\w-]+\.js$/;
    await page.goto(`/${language}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(resume.basics.name);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => detailCode.test(path))).toEqual([]);

    // Before the app has started a link is a plain link, which loads the page's HTML instead. The
    // timeline's code now comes while the page hydrates, so the network can be idle before that.
    await pageIsLive(page);
    await page
      .getByRole('main')
      .locator(`.resume-document a[href="/${language}/projects/${project!.id}/"]`)
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(project!.name);
    expect(scripts.filter((path) => /\/project-page-/.test(path))).toHaveLength(1);
  });
});
