import { orderProjectsChronologically } from '../src/features/projects/project-order';
import { interfaceString } from './support/interface-string';
import { resumes } from './support/site-pages';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { switcherName } from './support/site-pages';

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
      backToTimeline: text('detail.backToTimeline'),
      previous: text('detail.previousProject'),
      next: text('detail.nextProject'),
      notFound: text('notFound.heading'),
      notFoundTitle: text('notFound.title'),
    },
  };
}

const sites = [
  {
    language: 'zh',
    resume: resumes.zh,
    switchTo: {
      name: switcherName('zh'),
      language: 'en',
      resume: resumes.en,
    },
    ...labelsIn('zh'),
  },
  {
    language: 'en',
    resume: resumes.en,
    switchTo: {
      name: switcherName('en'),
      language: 'zh',
      resume: resumes.zh,
    },
    ...labelsIn('en'),
  },
];

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
          region: project.kind === 'work' ? regions.projects : regions.openSource,
          name: project.name,
          path: `/${language}/projects/${project.id}/`,
        })),
      ];
      await page.goto(`/${language}/`);
      // Every item links to its page; one link of each region is followed, as a visitor would.
      for (const { region, name, path } of links) {
        await expect(
          page
            .getByRole('region', { name: region, exact: true })
            .getByRole('link', { name, exact: true }),
        ).toHaveAttribute('href', path);
      }
      const followed = new Set<string>();
      for (const { region, name, path } of links) {
        if (followed.has(region)) continue;
        followed.add(region);
        await page.goto(`/${language}/`);
        await page
          .getByRole('region', { name: region, exact: true })
          .getByRole('link', { name, exact: true })
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
      for (const path of [
        `work/${resume.work[0]!.id}/`,
        ...['work', 'personal'].map(
          (type) => `projects/${resume.projects.find((project) => project.kind === type)!.id}/`,
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
      const { id } = resume.projects.at(-1)!;
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
  const { en, zh } = resumes;
  const zhText = (key: string) => interfaceString('zh', key);

  test('under an unknown language is the not-found page in the visitor’s language', async ({
    page,
  }) => {
    await page.goto(`/fr/projects/${zh.projects[0]!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhText('notFound.heading'));
    await expect(page).toHaveTitle(`${zhText('notFound.title')} · ${zh.basics.name}`);
  });

  test('works with Back and Forward', async ({ page }) => {
    const project = en.projects.find((candidate) => candidate.kind === 'work')!;
    const employer = en.work.find(
      (entry) => project.kind === 'work' && entry.id === project.employer,
    )!;
    await page.goto('/en/');
    await page
      .getByRole('region', { name: interfaceString('en', 'sections.experience'), exact: true })
      .getByRole('link', { name: employer.name, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name!);
    await page.getByRole('link', { name: project.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.name!);

    await page.goBack();
    await expect(page).toHaveURL(`/en/work/${employer.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name!);
    await page.goBack();
    await expect(page).toHaveURL('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.basics.name!);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(employer.name!);
    await page.goForward();
    await expect(page).toHaveURL(`/en/projects/${project.id}/`);
  });

  test('keeps focus at the start of the document when loaded or reloaded', async ({ page }) => {
    const [first, second] = orderProjectsChronologically(zh);
    await page.goto(`/zh/projects/${first!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.name!);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();

    await page.getByRole('link', { name: zhText('detail.nextProject') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.name!);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: zhText('site.skipToContent') })).toBeFocused();
  });

  test('starts at the top after following a link from far down the home page', async ({ page }) => {
    const last = en.projects.at(-1)!;
    await page.goto('/en/');
    const link = page
      .getByRole('region', { name: interfaceString('en', 'sections.openSource'), exact: true })
      .getByRole('link', { name: last.name, exact: true });
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.name!);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('is not downloaded with the home page, only when it is shown', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const detailCode = /\/(project|work)-(page|loader)-[\w-]+\.js$/;
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.basics.name!);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => detailCode.test(path))).toEqual([]);

    const firstWorkProject = en.projects.find((project) => project.kind === 'work')!;
    await page
      .getByRole('region', { name: interfaceString('en', 'sections.projects'), exact: true })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstWorkProject.name!);
    expect(scripts.filter((path) => /\/project-page-/.test(path))).toHaveLength(1);
  });
});
