// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { interfaceString } from '../../../test/interface-string';
import { formatYearMonth } from '../../../i18n/format-date';
import { renderRoute } from '../../../test/render-route';
import { resumes } from '../../../test/resumes';

describe.each([
  { language: 'zh' as const, resume: resumes.zh },
  { language: 'en' as const, resume: resumes.en },
])('the $language career timeline', ({ language, resume }) => {
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
      const link = chart.getByRole('link', { name: new RegExp(`^${escape(job.name!)}`) });
      expect(link).toHaveAttribute('href', `/${language}/work/${job.id}/`);
    }
  });

  it('links every work project and every dated personal project to its page', async () => {
    const chart = await timeline();
    const onTimeline = resume.projects.filter(
      (project) => project.kind === 'work' || 'startDate' in project,
    );
    expect(onTimeline.length).toBeGreaterThan(0);
    for (const project of onTimeline) {
      const link = chart.getByRole('link', { name: new RegExp(`^${escape(project.name!)}`) });
      expect(link).toHaveAttribute('href', `/${language}/projects/${project.id}/`);
    }
  });

  it('names a work project with its employer’s period, not a date of its own', async () => {
    const chart = await timeline();
    const first = resume.projects.find((project) => project.kind === 'work')!;
    const employer = resume.work.find((entry) => entry.id === first.employer)!;
    const link = chart.getByRole('link', { name: new RegExp(`^${escape(first.name!)}`) });
    expect(link.getAttribute('aria-label')).toContain(
      interfaceString(language, 'period.employerPeriod', {
        employer: employer.name!,
        period: interfaceString(language, 'period.range', {
          start: formatYearMonth(employer.startDate!, language),
          end: employer.endDate
            ? formatYearMonth(employer.endDate, language)
            : interfaceString(language, 'period.present'),
        }),
      }),
    );
  });

  it('lists every undated personal project and contribution beside the chart, linked', async () => {
    await timeline();
    const section = screen.getByRole('region', {
      name: interfaceString(language, 'timeline.undatedTitle'),
    });
    for (const project of resume.projects) {
      if (project.kind !== 'personal' || 'startDate' in project) continue;
      expect(within(section).getByRole('link', { name: project.name })).toHaveAttribute(
        'href',
        `/${language}/projects/${project.id}/`,
      );
    }
    for (const contribution of resume.contributions) {
      if ('startDate' in contribution) continue;
      expect(within(section).getByRole('link', { name: contribution.name })).toHaveAttribute(
        'href',
        contribution.url,
      );
    }
  });

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
