// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { languages, originalLanguage } from '../../config/languages';
import { resumeIn } from '../../test/resumes';
import { formatYearMonth } from '../../i18n/format-date';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';

describe.each(languages)('the %s employer pages', (language) => {
  const resume = resumeIn(language);
  const present = interfaceString(language, 'period.present');
  for (const entry of resume.work) {
    it(`show ${entry.id}: its role, period, responsibility and the projects done there`, async () => {
      await renderRoute(`/${language}/work/${entry.id}`);
      const main = screen.getByRole('main');
      expect(within(main).getByRole('heading', { level: 1, name: entry.name })).toBeInTheDocument();
      // A text may be repeated (a highlight twice, a summary that is also a project's): at least once.
      const shown = (text: string) =>
        expect(within(main).getAllByText(text, { exact: true }).length).toBeGreaterThan(0);
      for (const text of [entry.position, entry.description, entry.summary, ...entry.highlights])
        if (text) shown(text);
      if (entry.startDate) {
        expect(main).toHaveTextContent(formatYearMonth(entry.startDate, language));
        expect(main).toHaveTextContent(
          entry.endDate ? formatYearMonth(entry.endDate, language) : present,
        );
      }
      if (entry.url) {
        const links = within(main).getAllByRole('link', {
          name: entry.url.replace(/^https?:\/\//, ''),
        });
        expect(links.map((link) => link.getAttribute('href'))).toContain(entry.url);
      }

      const projects = resume.projects.filter(
        (project) => project.kind === 'work' && project.employer === entry.id,
      );
      for (const project of projects) {
        const links = within(main).getAllByRole('link', { name: project.name });
        expect(links.map((link) => link.getAttribute('href'))).toContain(
          `/${language}/projects/${project.id}/`,
        );
        if (project.description)
          expect(
            within(main).getAllByText(project.description, { exact: true }).length,
          ).toBeGreaterThan(0);
      }
      if (projects.length === 0) {
        const projectsAt = interfaceString(language, 'detail.projectsAt', {
          employer: entry.name ?? '',
        });
        expect(within(main).queryByRole('heading', { name: projectsAt })).toBeNull();
      }
    });

    it(`name ${entry.id} and the site in the title, and describe it by its summary or role`, async () => {
      await renderRoute(`/${language}/work/${entry.id}`);
      expect(document.title).toBe(`${entry.name} · ${resume.basics.name}`);
      const descriptions = document.head.querySelectorAll('meta[name="description"]');
      expect(descriptions).toHaveLength(1);
      const description = entry.summary ?? entry.position;
      if (description) expect(descriptions[0]).toHaveAttribute('content', description);
      else expect(descriptions[0]).not.toHaveAttribute('content');
    });
  }
});

describe('an employer page', () => {
  const language = originalLanguage;
  const resume = resumeIn(language);
  const project = resume.projects.find((entry) => entry.kind === 'work');
  const employer = resume.work.find(
    (entry) => project?.kind === 'work' && entry.id === project.employer,
  );

  it.skipIf(!project || !employer)(
    'leads to a project done there, and that project back to it (needs a work project)',
    async () => {
      const user = userEvent.setup();
      await renderRoute(`/${language}/work/${employer!.id}`);
      const main = within(screen.getByRole('main'));
      // Two projects may share a name: follow the link to this one.
      const link = main
        .getAllByRole('link', { name: project!.name })
        .find((candidate) => candidate.getAttribute('href')?.endsWith(`/${project!.id}/`));
      // Awaited: the project page's code loads on demand, and the page waits for it.
      await act(() => user.click(link!));
      await screen.findByRole('heading', { level: 1, name: project!.name }, { timeout: 10_000 });
      await user.click(screen.getByRole('link', { name: employer!.name }));
      expect(
        await screen.findByRole('heading', { level: 1, name: employer!.name }, { timeout: 10_000 }),
      ).toBeInTheDocument();
    },
  );

  const last = resume.work.at(-1);
  it.skipIf(!last)('highlights its employer when leading back to the timeline', async () => {
    await renderRoute(`/${language}/work/${last!.id}`);
    expect(
      screen.getByRole('link', {
        name: new RegExp(interfaceString(language, 'detail.backToTimeline')),
      }),
    ).toHaveAttribute('href', `/${language}/?focus=${last!.id}`);
  });

  it.each(languages)(
    'is the not-found page for an unknown id, in the language of the URL (%s)',
    async (language) => {
      await renderRoute(`/${language}/work/no-such-employer`);
      expect(
        screen.getByRole('heading', {
          level: 1,
          name: interfaceString(language, 'notFound.heading'),
        }),
      ).toBeInTheDocument();
      expect(document.title).toBe(
        `${interfaceString(language, 'notFound.title')} · ${resumeIn(language).basics.name}`,
      );
    },
  );
});
