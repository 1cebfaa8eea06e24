// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../content/schema';
import { resumes } from '../../test/resumes';
import { technologySlug } from '../../content/technologies';
import { orderProjectsChronologically } from '../../features/projects/project-order';
import { formatYearMonth } from '../../i18n/format-date';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';
import { routes } from '../routes';

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

/** Renders the app at a location that carries router state, as a timeline node's link does. */
async function renderWithState(pathname: string, state: unknown) {
  const router = createMemoryRouter(routes, { initialEntries: [{ pathname, state }] });
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1 });
  return router;
}

const labelsIn = (language: 'zh' | 'en') => ({
  technologies: interfaceString(language, 'detail.technologies'),
  challenges: interfaceString(language, 'detail.challenges'),
  results: interfaceString(language, 'detail.results'),
  references: interfaceString(language, 'detail.references'),
  pagination: interfaceString(language, 'detail.pagination'),
});

const languages = [
  { language: 'zh' as const, resume: resumes.zh, labels: labelsIn('zh') },
  { language: 'en' as const, resume: resumes.en, labels: labelsIn('en') },
];

describe.each(languages)('the $language project pages', ({ language, resume, labels }) => {
  for (const project of resume.projects) {
    it(`show everything the content holds about ${project.id}`, async () => {
      await renderRoute(`/${language}/projects/${project.id}`);
      const main = screen.getByRole('main');
      expect(
        within(main).getByRole('heading', { level: 1, name: project.name }),
      ).toBeInTheDocument();
      for (const text of contentStrings(project)) {
        expect(within(main).getAllByText(text, { exact: true }).length).toBeGreaterThan(0);
      }
      if (project.url) {
        expect(within(main).getByRole('link', { name: project.url.slice(8) })).toHaveAttribute(
          'href',
          project.url,
        );
      }
      if (project.kind === 'work' && project.references.length > 0) {
        const part = within(main)
          .getByRole('heading', { level: 2, name: labels.references })
          .closest('section') as HTMLElement;
        for (const reference of project.references) {
          expect(within(part).getByRole('link', { name: reference.name })).toHaveAttribute(
            'href',
            reference.url,
          );
        }
      }
      if (project.kind === 'work') {
        const employer = resume.work.find((entry) => entry.id === project.employer);
        expect(within(main).getByRole('link', { name: employer?.name })).toHaveAttribute(
          'href',
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
      expect(descriptions[0]).toHaveAttribute('content', project.description);
    });
  }

  it('link each technology to the home timeline filtered by it', async () => {
    const project = resumes[language].projects[0]!;
    await renderRoute(`/${language}/projects/${project.id}`);
    const heading = screen.getByRole('heading', { level: 2, name: labels.technologies });
    const part = heading.closest('section') as HTMLElement;
    for (const keyword of project.keywords) {
      expect(within(part).getByRole('link', { name: keyword })).toHaveAttribute(
        'href',
        `/${language}/?tech=${technologySlug(keyword)}#timeline`,
      );
    }
  });

  it('leave out the parts the content leaves empty', async () => {
    const { container } = await renderRoute(
      `/${language}/projects/shuju-jingwei-distributed-architecture`,
    );
    expect(screen.getByRole('heading', { level: 2, name: labels.technologies })).toBeVisible();
    expect(screen.queryByRole('heading', { name: labels.challenges })).toBeNull();
    expect(screen.queryByRole('heading', { name: labels.results })).toBeNull();
    expect(container.textContent).not.toMatch(/TODO/i);
  });

  it('walk every project in chronological order with next, and back with previous', async () => {
    const ordered = orderProjectsChronologically(resume);
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
  });
});

describe('a project page', () => {
  it.each(['en', 'zh'] as const)(
    'says in %s that a work project’s period is its employer’s',
    async (language) => {
      const resume = resumes[language];
      // The first work project whose employer's period has ended, so the period has both ends.
      const project = resume.projects.find(
        (entry) =>
          entry.kind === 'work' &&
          resume.work.some((job) => job.id === entry.employer && job.endDate),
      )!;
      const employer = resume.work.find(
        (job) => project.kind === 'work' && job.id === project.employer,
      )!;
      const period = interfaceString(language, 'period.employerPeriod', {
        employer: employer.name!,
        period: interfaceString(language, 'period.range', {
          start: formatYearMonth(employer.startDate!, language),
          end: formatYearMonth(employer.endDate!, language),
        }),
      });
      await renderRoute(`/${language}/projects/${project.id}`);
      expect(screen.getByText(period)).toBeInTheDocument();
    },
  );

  it.each(['en', 'zh'] as const)(
    'says in %s that a personal project’s dates are its repository’s activity',
    async (language) => {
      const project = resumes[language].projects.find(
        (entry) => entry.kind === 'personal' && entry.startDate && entry.endDate,
      )!;
      const period = interfaceString(language, 'period.repositoryActive', {
        period: interfaceString(language, 'period.range', {
          start: formatYearMonth(project.startDate!, language),
          end: formatYearMonth(project.endDate!, language),
        }),
      });
      await renderRoute(`/${language}/projects/${project.id}`);
      expect(screen.getByText(period)).toBeInTheDocument();
    },
  );

  it('gives a personal project without dates its owner and no period', async () => {
    const project = resumes.en.projects.find(
      (entry) => entry.kind === 'personal' && !entry.startDate,
    )!;
    await renderRoute(`/en/projects/${project.id}`);
    expect(
      screen.getByText(project.kind === 'personal' ? project.entity! : ''),
    ).toBeInTheDocument();
    expect(screen.queryByText(interfaceString('en', 'detail.period'))).toBeNull();
  });

  const [first, second] = orderProjectsChronologically(resumes.en);
  const en = (key: string) => interfaceString('en', key);

  it('leads back to the timeline as the visitor left it, through previous and next', async () => {
    const user = userEvent.setup();
    await renderWithState(`/en/projects/${first!.id}`, {
      timelineSearch: '?view=2019-03-15..2021-08-02&focus=another-mark',
    });
    expect(
      screen.getByRole('link', { name: new RegExp(en('detail.backToTimeline')) }),
    ).toHaveAttribute('href', `/en/?view=2019-03-15..2021-08-02&focus=${first!.id}`);
    await user.click(screen.getByRole('link', { name: new RegExp(en('detail.nextProject')) }));
    await screen.findByRole('heading', { level: 1, name: second!.name });
    expect(
      screen.getByRole('link', { name: new RegExp(en('detail.backToTimeline')) }),
    ).toHaveAttribute('href', `/en/?view=2019-03-15..2021-08-02&focus=${second!.id}`);
  });

  it('highlights itself on the timeline’s default view when not reached from the timeline', async () => {
    const { id } = resumes.zh.projects.at(-1)!;
    await renderRoute(`/zh/projects/${id}`);
    expect(
      screen.getByRole('link', {
        name: new RegExp(interfaceString('zh', 'detail.backToTimeline')),
      }),
    ).toHaveAttribute('href', `/zh/?focus=${id}`);
  });

  it('moves focus to its heading after a client-side navigation, not on the first load', async () => {
    const user = userEvent.setup();
    await renderRoute(`/en/projects/${first!.id}`);
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus();
    await user.click(screen.getByRole('link', { name: new RegExp(en('detail.nextProject')) }));
    const heading = await screen.findByRole('heading', { level: 1, name: second!.name });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('is the not-found page, titled so, for an unknown id', async () => {
    await renderRoute('/en/projects/no-such-project');
    expect(
      screen.getByRole('heading', { level: 1, name: en('notFound.heading') }),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${en('notFound.title')} · ${resumes.en.basics.name}`);
    expect(
      screen.getByRole('link', { name: new RegExp(en('detail.backToTimeline')) }),
    ).toHaveAttribute('href', '/en/');
  });
});
