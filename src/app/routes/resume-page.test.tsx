// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { languages } from '../../config/languages';
import { interfaceString } from '../../test/interface-string';
import { resumeIn } from '../../test/resumes';
import { renderRoute } from '../../test/render-route';

describe.each(languages)('the %s résumé page', (language) => {
  const resume = resumeIn(language);
  const string = (key: string) => interfaceString(language, key);
  it('is the whole résumé under his name, with every way to reach him, the phone included', async () => {
    const { container } = await renderRoute(`/${language}/resume/`);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent(
      resume.basics.name ?? '',
    );
    const contact = within(main).getByRole('list', { name: string('home.contact') });
    const { phone, email } = resume.basics;
    if (phone)
      expect(within(contact).getByRole('link', { name: phone })).toHaveAttribute(
        'href',
        `tel:${phone.replace(/[^\d+]/g, '')}`,
      );
    if (email) expect(within(contact).getByRole('link', { name: email })).toBeInTheDocument();
    for (const profile of resume.basics.profiles) {
      if (!profile.url) continue;
      const links = within(contact).getAllByRole('link', {
        name: profile.url.replace(/^https?:\/\//, ''),
      });
      expect(links.map((link) => link.getAttribute('href'))).toContain(profile.url);
    }
    const text = container.textContent ?? '';
    for (const entry of resume.work) if (entry.summary) expect(text).toContain(entry.summary);
    for (const project of resume.projects)
      if (project.description) expect(text).toContain(project.description);
    for (const award of resume.awards) if (award.title) expect(text).toContain(award.title);
  });

  it('lists the results of each project', async () => {
    await renderRoute(`/${language}/resume/`);
    const lists = screen.queryAllByRole('list', { name: string('detail.results') });
    const withResults = resume.projects.filter((project) => project.highlights.length > 0);
    expect(lists).toHaveLength(withResults.length);
    for (const project of withResults) {
      for (const highlight of project.highlights) {
        expect(screen.getAllByText(highlight, { exact: true }).length).toBeGreaterThan(0);
      }
    }
  });

  it('links its JSON Resume file, and no PDF where the build made none', async () => {
    await renderRoute(`/${language}/resume/`);
    const downloads = screen.getByRole('navigation', { name: string('resume.downloads') });
    expect(within(downloads).getByRole('link', { name: string('resume.json') })).toHaveAttribute(
      'href',
      `/resume.${language}.json`,
    );
    // The development server and these tests have no PDF: the page offers none.
    expect(within(downloads).queryByRole('link', { name: string('resume.pdf') })).toBeNull();
  });
});
