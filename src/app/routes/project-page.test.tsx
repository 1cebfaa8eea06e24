// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../content/schema';
import { languages, originalLanguage } from '../../config/languages';
import { resumeIn } from '../../test/resumes';
import { technologySlug } from '../../content/technologies';
import { orderProjectsChronologically } from '../../features/projects/project-order';
import { formatYearMonth } from '../../i18n/format-date';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';

/** The fields that are not text to read: each is checked on its own below. */
const nonTextFields = new Set([
  'id',
  'kind',
  'employer',
  'url',
  'startDate',
  'endDate',
  'references',
]);

/** Every piece of text the content holds for a project, lists flattened. */
function contentStrings(project: Project): string[] {
  return Object.entries(project)
    .filter(([field]) => !nonTextFields.has(field))
    .flatMap(([, value]): unknown[] => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string');
}

const labelsIn = (language: string) => ({
  technologies: interfaceString(language, 'detail.technologies'),
  challenges: interfaceString(language, 'detail.challenges'),
  results: interfaceString(language, 'detail.results'),
  references: interfaceString(language, 'detail.references'),
  pagination: interfaceString(language, 'detail.pagination'),
});

describe.each(languages)('the %s project pages', (language) => {
  const resume = resumeIn(language);
  const labels = labelsIn(language);
  for (const project of resume.projects) {
    it(`show everything the content holds about ${project.id}`, async () => {
      await renderRoute(`/${language}/projects/${project.id}`);
      const main = screen.getByRole('main');
      expect(
        within(main).getByRole('heading', { level: 1, name: project.name }),
      ).toBeInTheDocument();
      // Contained, not matched whole: a list such as the roles is written on one line.
      for (const text of contentStrings(project)) expect(main).toHaveTextContent(text);
      if (project.url) {
        const links = within(main).getAllByRole('link', {
          name: project.url.replace(/^https?:\/\//, ''),
        });
        expect(links.map((link) => link.getAttribute('href'))).toContain(project.url);
      }
      if (project.kind === 'work' && project.references.length > 0) {
        const part = within(main)
          .getByRole('heading', { level: 2, name: labels.references })
          .closest('section') as HTMLElement;
        for (const reference of project.references) {
          const links = within(part).getAllByRole('link', { name: reference.name });
          expect(links.map((link) => link.getAttribute('href'))).toContain(reference.url);
        }
      }
      if (project.kind === 'work') {
        const employer = resume.work.find((entry) => entry.id === project.employer);
        const links = within(main).getAllByRole('link', { name: employer?.name });
        expect(links.map((link) => link.getAttribute('href'))).toContain(
          `/${language}/work/${project.employer}/`,
        );
      }
      if (project.startDate)
        expect(main).toHaveTextContent(formatYearMonth(project.startDate, language));
      if (project.endDate)
        expect(main).toHaveTextContent(formatYearMonth(project.endDate, language));
    });

    it(`name ${project.id} and the site in the title, and describe it in the meta description`, async () => {
      await renderRoute(`/${language}/projects/${project.id}`);
      expect(document.title).toBe(`${project.name} · ${resume.basics.name}`);
      const descriptions = document.head.querySelectorAll('meta[name="description"]');
      expect(descriptions).toHaveLength(1);
      if (project.description)
        expect(descriptions[0]).toHaveAttribute('content', project.description);
      else expect(descriptions[0]).not.toHaveAttribute('content');
    });
  }

  const withKeywords = resume.projects.find((project) => project.keywords.length > 0);
  it.skipIf(!withKeywords)(
    'link each technology to the home timeline filtered by it (needs a project with keywords)',
    async () => {
      const project = withKeywords!;
      await renderRoute(`/${language}/projects/${project.id}`);
      const heading = screen.getByRole('heading', { level: 2, name: labels.technologies });
      const part = heading.closest('section') as HTMLElement;
      for (const keyword of project.keywords) {
        const links = within(part).getAllByRole('link', { name: keyword });
        expect(links.map((link) => link.getAttribute('href'))).toContain(
          `/${language}/?tech=${technologySlug(keyword)}#timeline`,
        );
      }
    },
  );

  // A project with technologies but no challenges and no results.
  const sparse = resume.projects.find(
    (project) =>
      project.keywords.length > 0 &&
      project.challenges.length === 0 &&
      project.highlights.length === 0,
  );
  it.skipIf(!sparse)(
    'leave out the parts the content leaves empty (needs a project with keywords only)',
    async () => {
      const { container } = await renderRoute(`/${language}/projects/${sparse!.id}`);
      expect(screen.getByRole('heading', { level: 2, name: labels.technologies })).toBeVisible();
      expect(screen.queryByRole('heading', { name: labels.challenges })).toBeNull();
      expect(screen.queryByRole('heading', { name: labels.results })).toBeNull();
      expect(container.textContent).not.toMatch(/TODO/i);
    },
  );

  const ordered = orderProjectsChronologically(resume);
  it.skipIf(ordered.length < 2)(
    'walk every project in chronological order with next, and back with previous (needs two projects)',
    async () => {
      const user = userEvent.setup();
      await renderRoute(`/${language}/projects/${ordered[0]?.id}`);
      const pager = () => screen.getByRole('navigation', { name: labels.pagination });
      const link = (rel: string) => pager().querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);

      expect(link('prev')).toBeNull();
      for (const project of ordered.slice(1)) {
        await user.click(link('next') as HTMLAnchorElement);
        await screen.findByRole('heading', { level: 1, name: project.name });
      }
      expect(link('next')).toBeNull();
      for (const project of ordered.slice(0, -1).reverse()) {
        await user.click(link('prev') as HTMLAnchorElement);
        await screen.findByRole('heading', { level: 1, name: project.name });
      }
    },
  );
});

describe('a project page', () => {
  describe.each(languages)('in %s', (language) => {
    const resume = resumeIn(language);
    // The first work project whose employer's period has ended, so the period has both ends.
    const project = resume.projects.find(
      (entry) =>
        entry.kind === 'work' &&
        resume.work.some((job) => job.id === entry.employer && job.startDate && job.endDate),
    );
    const employer = resume.work.find(
      (job) => project?.kind === 'work' && job.id === project.employer,
    );
    it.skipIf(!project || !employer)(
      'says that a work project’s period is its employer’s (needs a work project at a past employer)',
      async () => {
        const period = interfaceString(language, 'period.employerPeriod', {
          employer: employer!.name ?? '',
          period: interfaceString(language, 'period.range', {
            start: formatYearMonth(employer!.startDate!, language),
            end: formatYearMonth(employer!.endDate!, language),
          }),
        });
        await renderRoute(`/${language}/projects/${project!.id}`);
        expect(screen.getByText(period)).toBeInTheDocument();
      },
    );

    const dated = resume.projects.find(
      (entry) => entry.kind === 'personal' && entry.startDate && entry.endDate,
    );
    it.skipIf(!dated)(
      'says that a personal project’s dates are its repository’s activity (needs a dated personal project)',
      async () => {
        const period = interfaceString(language, 'period.repositoryActive', {
          period: interfaceString(language, 'period.range', {
            start: formatYearMonth(dated!.startDate!, language),
            end: formatYearMonth(dated!.endDate!, language),
          }),
        });
        await renderRoute(`/${language}/projects/${dated!.id}`);
        expect(screen.getByText(period)).toBeInTheDocument();
      },
    );

    const undated = resume.projects.find(
      (entry) => entry.kind === 'personal' && !entry.startDate && entry.entity,
    );
    it.skipIf(!undated)(
      'gives a personal project without dates its owner and no period (needs an undated personal project with an entity)',
      async () => {
        await renderRoute(`/${language}/projects/${undated!.id}`);
        const main = within(screen.getByRole('main'));
        expect(main.getAllByText(undated!.entity!).length).toBeGreaterThan(0);
        expect(main.queryByText(interfaceString(language, 'detail.period'))).toBeNull();
      },
    );
  });

  const language = originalLanguage;
  const resume = resumeIn(language);
  const [first, second] = orderProjectsChronologically(resume);
  const string = (key: string) => interfaceString(language, key);
  const twoProjects = !first || !second;

  it.skipIf(twoProjects)(
    'leads back to the timeline as the visitor left it, through previous and next (needs two projects)',
    async () => {
      const user = userEvent.setup();
      await renderRoute({
        pathname: `/${language}/projects/${first!.id}`,
        state: { timelineSearch: '?view=2019-03-15..2021-08-02&focus=another-mark' },
      });
      expect(
        screen.getByRole('link', { name: new RegExp(string('detail.backToTimeline')) }),
      ).toHaveAttribute('href', `/${language}/?view=2019-03-15..2021-08-02&focus=${first!.id}`);
      await user.click(
        screen.getByRole('link', { name: new RegExp(string('detail.nextProject')) }),
      );
      await screen.findByRole('heading', { level: 1, name: second!.name });
      expect(
        screen.getByRole('link', { name: new RegExp(string('detail.backToTimeline')) }),
      ).toHaveAttribute('href', `/${language}/?view=2019-03-15..2021-08-02&focus=${second!.id}`);
    },
  );

  const last = resume.projects.at(-1);
  it.skipIf(!last)(
    'highlights itself on the timeline’s default view when not reached from the timeline',
    async () => {
      await renderRoute(`/${language}/projects/${last!.id}`);
      expect(
        screen.getByRole('link', { name: new RegExp(string('detail.backToTimeline')) }),
      ).toHaveAttribute('href', `/${language}/?focus=${last!.id}`);
    },
  );

  it.skipIf(twoProjects)(
    'moves focus to its heading after a client-side navigation, not on the first load (needs two projects)',
    async () => {
      const user = userEvent.setup();
      await renderRoute(`/${language}/projects/${first!.id}`);
      expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus();
      await user.click(
        screen.getByRole('link', { name: new RegExp(string('detail.nextProject')) }),
      );
      const heading = await screen.findByRole('heading', { level: 1, name: second!.name });
      await waitFor(() => expect(heading).toHaveFocus());
    },
  );

  it('is the not-found page, titled so, for an unknown id', async () => {
    await renderRoute(`/${language}/projects/no-such-project`);
    expect(
      screen.getByRole('heading', { level: 1, name: string('notFound.heading') }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${string('notFound.title')} · ${resume.basics.name}`);
    expect(screen.getByRole('link', { name: string('notFound.backHome') })).toHaveAttribute(
      'href',
      `/${language}/`,
    );
  });
});
