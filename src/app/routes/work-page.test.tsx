// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resumes } from '../../test/resumes';
import { formatYearMonth } from '../../i18n/format-date';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';

describe.each([
  { language: 'zh' as const, resume: resumes.zh },
  { language: 'en' as const, resume: resumes.en },
])('the $language employer pages', ({ language, resume }) => {
  const present = interfaceString(language, 'period.present');
  for (const entry of resume.work) {
    it(`show ${entry.id}: its role, period, responsibility and the projects done there`, async () => {
      await renderRoute(`/${language}/work/${entry.id}`);
      const main = screen.getByRole('main');
      expect(within(main).getByRole('heading', { level: 1, name: entry.name })).toBeInTheDocument();
      expect(within(main).getByText(entry.position!, { exact: true })).toBeInTheDocument();
      if (entry.description)
        expect(within(main).getByText(entry.description, { exact: true })).toBeInTheDocument();
      expect(within(main).getByText(entry.summary!, { exact: true })).toBeInTheDocument();
      expect(main).toHaveTextContent(formatYearMonth(entry.startDate!, language));
      expect(main).toHaveTextContent(
        entry.endDate ? formatYearMonth(entry.endDate, language) : present,
      );
      for (const highlight of entry.highlights ?? []) {
        expect(within(main).getByText(highlight, { exact: true })).toBeInTheDocument();
      }
      if (entry.url)
        expect(within(main).getByRole('link', { name: entry.url.slice(8) })).toHaveAttribute(
          'href',
          entry.url,
        );

      const projects = resume.projects.filter(
        (project) => project.kind === 'work' && project.employer === entry.id,
      );
      for (const project of projects) {
        expect(within(main).getByRole('link', { name: project.name })).toHaveAttribute(
          'href',
          `/${language}/projects/${project.id}/`,
        );
        expect(within(main).getByText(project.description!, { exact: true })).toBeInTheDocument();
      }
      if (projects.length === 0) {
        expect(within(main).queryAllByRole('heading', { level: 2 })).toHaveLength(1);
      }
    });

    it(`name ${entry.id} and the site in the title, and describe it by its summary`, async () => {
      await renderRoute(`/${language}/work/${entry.id}`);
      expect(document.title).toBe(`${entry.name} · ${resume.basics.name}`);
      const descriptions = document.head.querySelectorAll('meta[name="description"]');
      expect(descriptions).toHaveLength(1);
      expect(descriptions[0]).toHaveAttribute('content', entry.summary);
    });
  }
});

describe('an employer page', () => {
  it('leads to a project done there, and that project back to it', async () => {
    const user = userEvent.setup();
    const project = resumes.en.projects.find((entry) => entry.kind === 'work')!;
    const employer = resumes.en.work.find(
      (entry) => project.kind === 'work' && entry.id === project.employer,
    )!;
    await renderRoute(`/en/work/${employer.id}`);
    await user.click(screen.getByRole('link', { name: project.name }));
    // The project page's code loads on demand: on a busy machine that takes more than a second.
    await screen.findByRole('heading', { level: 1, name: project.name }, { timeout: 10_000 });
    await user.click(screen.getByRole('link', { name: employer.name }));
    expect(
      await screen.findByRole('heading', { level: 1, name: employer.name }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('highlights its employer when leading back to the timeline', async () => {
    const { id } = resumes.en.work.at(-1)!;
    await renderRoute(`/en/work/${id}`);
    expect(
      screen.getByRole('link', {
        name: new RegExp(interfaceString('en', 'detail.backToTimeline')),
      }),
    ).toHaveAttribute('href', `/en/?focus=${id}`);
  });

  it('is the not-found page for an unknown id, in the language of the URL', async () => {
    await renderRoute('/zh/work/no-such-employer');
    expect(
      screen.getByRole('heading', { level: 1, name: interfaceString('zh', 'notFound.heading') }),
    ).toBeInTheDocument();
    expect(document.title).toBe(
      `${interfaceString('zh', 'notFound.title')} · ${resumes.zh.basics.name}`,
    );
  });
});
