// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resumes } from '../../test/resumes';
import enStrings from '../../i18n/locales/en.json';
import zhStrings from '../../i18n/locales/zh.json';
import { renderRoute } from '../../test/render-route';

describe.each([
  { language: 'zh' as const, resume: resumes.zh, strings: zhStrings },
  { language: 'en' as const, resume: resumes.en, strings: enStrings },
])('the $language résumé page', ({ language, resume, strings }) => {
  it('is the whole résumé under his name, with every way to reach him, the phone included', async () => {
    const { container } = await renderRoute(`/${language}/resume/`);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent(resume.basics.name!);
    const contact = within(main).getByRole('list', { name: strings.home.contact });
    expect(within(contact).getByRole('link', { name: resume.basics.phone })).toHaveAttribute(
      'href',
      `tel:${resume.basics.phone!.replace(/\D/g, '')}`,
    );
    expect(within(contact).getByRole('link', { name: resume.basics.email })).toBeInTheDocument();
    for (const profile of resume.basics.profiles) {
      expect(
        within(contact).getByRole('link', { name: profile.url!.replace('https://', '') }),
      ).toHaveAttribute('href', profile.url);
    }
    const text = container.textContent ?? '';
    for (const entry of resume.work) expect(text).toContain(entry.summary);
    for (const project of resume.projects) expect(text).toContain(project.description);
    for (const award of resume.awards) expect(text).toContain(award.title);
  });

  it('lists the results of each work project', async () => {
    await renderRoute(`/${language}/resume/`);
    const lists = screen.getAllByRole('list', { name: strings.detail.results });
    const withResults = resume.projects.filter(
      (project) => project.kind === 'work' && project.highlights.length > 0,
    );
    expect(lists).toHaveLength(withResults.length);
    for (const project of withResults) {
      if (project.kind !== 'work') continue;
      for (const highlight of project.highlights) {
        expect(screen.getByText(highlight, { exact: true })).toBeInTheDocument();
      }
    }
  });

  it('links its JSON Resume file, and no PDF where the build made none', async () => {
    await renderRoute(`/${language}/resume/`);
    const downloads = screen.getByRole('navigation', { name: strings.resume.downloads });
    expect(within(downloads).getByRole('link', { name: strings.resume.json })).toHaveAttribute(
      'href',
      `/resume.${language}.json`,
    );
    // The development server and these tests have no PDF: the page offers none.
    expect(within(downloads).queryByRole('link', { name: strings.resume.pdf })).toBeNull();
  });
});
