import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import en from '../../../content/resume.en.json';
import zh from '../../../content/resume.zh.json';
import { renderRoute } from '../../../test/render-route';

describe.each([
  { language: 'zh', resume: zh, title: '职业时间线' },
  { language: 'en', resume: en, title: 'Career timeline' },
])('the $language career timeline', ({ language, resume, title }) => {
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
      const link = chart.getByRole('link', { name: new RegExp(`^${escape(job.name)}`) });
      expect(link).toHaveAttribute('href', `/${language}/work/${job.id}/`);
    }
  });

  it('links every work project and every dated personal project to its page', async () => {
    const chart = await timeline();
    const onTimeline = resume.projects.filter(
      (project) => project.type === 'work' || 'startDate' in project,
    );
    expect(onTimeline.length).toBeGreaterThan(0);
    for (const project of onTimeline) {
      const link = chart.getByRole('link', { name: new RegExp(`^${escape(project.name)}`) });
      expect(link).toHaveAttribute('href', `/${language}/projects/${project.id}/`);
    }
  });

  it('names a work project with its employer’s period, not a date of its own', async () => {
    const chart = await timeline();
    const first = resume.projects.find((project) => project.type === 'work')!;
    const employer = resume.work.find((job) => job.id === first.employer)!;
    const link = chart.getByRole('link', { name: new RegExp(`^${escape(first.name)}`) });
    expect(link.getAttribute('aria-label')).toContain(employer.name);
    expect(link.getAttribute('aria-label')).not.toMatch(/\d{4}-\d{2}/);
  });

  it('lists every undated personal project and contribution beside the chart, linked', async () => {
    await timeline();
    const section = screen.getByRole('region', {
      name: language === 'zh' ? '未注明日期' : 'Undated',
    });
    for (const project of resume.projects) {
      if (project.type !== 'personal' || 'startDate' in project) continue;
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
    const names =
      language === 'zh' ? ['放大', '缩小', '复位'] : ['Zoom in', 'Zoom out', 'Reset view'];
    for (const name of names)
      expect(screen.getAllByRole('button', { name }).length).toBeGreaterThan(0);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
