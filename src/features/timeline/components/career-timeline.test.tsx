// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { interfaceString } from '../../../test/interface-string';
import { formatYearMonth } from '../../../i18n/format-date';
import { renderRoute } from '../../../test/render-route';
import { resumeIn } from '../../../test/resumes';
import { languages } from '../../../config/languages';

describe.each(languages)('the %s career timeline', (language) => {
  const resume = resumeIn(language);
  const title = interfaceString(language, 'timeline.title');
  async function timeline() {
    await renderRoute(`/${language}/`);
    // The timeline's code loads once the page is idle, after the rest of the page.
    const section = await screen.findByRole('region', { name: title }, { timeout: 20_000 });
    // Both charts are in the document; CSS shows one. The first is the wide one.
    return within(within(section).getAllByRole('group', { name: title })[0]!);
  }

  it('links every employer to its page, named after it', async () => {
    const chart = await timeline();
    for (const job of resume.work) {
      // Two employers may share a name: one of the links so named leads to this one.
      const links = chart.getAllByRole('link', { name: new RegExp(`^${escape(job.name ?? '')}`) });
      expect(links.map((link) => link.getAttribute('href'))).toContain(
        `/${language}/work/${job.id}/`,
      );
    }
  });

  const onTimeline = resume.projects.filter(
    (project) => project.kind === 'work' || project.startDate,
  );
  it.skipIf(onTimeline.length === 0)(
    'links every work project and every dated personal project to its page (needs one)',
    async () => {
      const chart = await timeline();
      for (const project of onTimeline) {
        const links = chart.getAllByRole('link', {
          name: new RegExp(`^${escape(project.name ?? '')}`),
        });
        expect(links.map((link) => link.getAttribute('href'))).toContain(
          `/${language}/projects/${project.id}/`,
        );
      }
    },
  );

  const first = resume.projects.find((project) => project.kind === 'work');
  const employer = resume.work.find(
    (entry) => first?.kind === 'work' && entry.id === first.employer,
  );
  it.skipIf(!first || !employer?.startDate)(
    'names a work project with its employer’s period, not a date of its own (needs a work project)',
    async () => {
      const chart = await timeline();
      const links = chart.getAllByRole('link', {
        name: new RegExp(`^${escape(first!.name ?? '')}`),
      });
      const labels = links.map((link) => link.getAttribute('aria-label'));
      expect(labels.join('\n')).toContain(
        interfaceString(language, 'period.employerPeriod', {
          employer: employer!.name ?? '',
          period: interfaceString(language, 'period.range', {
            start: formatYearMonth(employer!.startDate!, language),
            end: employer!.endDate
              ? formatYearMonth(employer!.endDate, language)
              : interfaceString(language, 'period.present'),
          }),
        }),
      );
    },
  );

  const undatedProjects = resume.projects.filter(
    (project) => project.kind === 'personal' && !project.startDate,
  );
  const undatedContributions = resume.contributions.filter(
    (contribution) => !contribution.startDate,
  );
  it.skipIf(undatedProjects.length + undatedContributions.length === 0)(
    'lists every undated personal project and contribution beside the chart, linked (needs one)',
    async () => {
      await timeline();
      const section = screen.getByRole('region', {
        name: interfaceString(language, 'timeline.undatedTitle'),
      });
      const hrefs = (name: string) =>
        within(section)
          .getAllByRole('link', { name })
          .map((link) => link.getAttribute('href'));
      for (const project of undatedProjects)
        expect(hrefs(project.name ?? '')).toContain(`/${language}/projects/${project.id}/`);
      for (const contribution of undatedContributions)
        expect(hrefs(contribution.name ?? '')).toContain(contribution.url);
    },
  );

  it('offers zoom buttons named in the page’s language', async () => {
    await timeline();
    const names = ['timeline.zoomIn', 'timeline.zoomOut', 'timeline.reset'].map((key) =>
      interfaceString(language, key),
    );
    for (const name of names)
      expect(screen.getAllByRole('button', { name }).length).toBeGreaterThan(0);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
