// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { languageName } from '../../config/languages';
import { formatYearMonth } from '../../i18n/format-date';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';
import { resumes } from '../../test/resumes';

describe.each([
  { language: 'zh' as const, otherHref: '/en/' },
  { language: 'en' as const, otherHref: '/zh/' },
])('the $language home page', ({ language, otherHref }) => {
  const resume = resumes[language];
  it('names him, his headline and how to reach him', async () => {
    await renderRoute(`/${language}/`);
    expect(screen.getByRole('heading', { level: 1, name: resume.basics.name })).toBeInTheDocument();
    expect(screen.getByText(resume.basics.label!, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: resume.basics.email! })).toHaveAttribute(
      'href',
      `mailto:${resume.basics.email}`,
    );
    for (const profile of resume.basics.profiles) {
      expect(screen.getByRole('link', { name: `GitHub · ${profile.username}` })).toHaveAttribute(
        'href',
        profile.url,
      );
    }
  });

  it('never shows the phone number', async () => {
    const { container } = await renderRoute(`/${language}/`);
    expect(container.textContent).not.toContain(resume.basics.phone);
  });

  it('shows every employer with its role and period', async () => {
    await renderRoute(`/${language}/`);
    const experience = screen.getByRole('region', {
      name: interfaceString(language, 'sections.experience'),
    });
    for (const entry of resume.work) {
      const heading = within(experience).getByRole('heading', { level: 3, name: entry.name });
      const item = heading.closest('li');
      expect(item).toHaveTextContent(entry.position!);
      expect(item).toHaveTextContent(entry.summary!);
      expect(item).toHaveTextContent(formatYearMonth(entry.startDate!, language));
      expect(item).toHaveTextContent(
        entry.endDate
          ? formatYearMonth(entry.endDate, language)
          : interfaceString(language, 'period.present'),
      );
    }
  });

  it('shows every project, contribution, skill, school and award', async () => {
    const { container } = await renderRoute(`/${language}/`);
    const text = container.textContent ?? '';
    for (const project of resume.projects) {
      expect(text).toContain(project.name);
      expect(text).toContain(project.description);
    }
    // The timeline's undated list may link a contribution too: every such link leads to it.
    for (const contribution of resume.contributions) {
      for (const link of screen.getAllByRole('link', { name: contribution.name }))
        expect(link).toHaveAttribute('href', contribution.url);
    }
    for (const group of resume.skills) {
      expect(text).toContain(group.name);
      for (const keyword of group.keywords) expect(text).toContain(keyword);
    }
    for (const school of resume.education) {
      expect(screen.getByRole('link', { name: school.institution })).toHaveAttribute(
        'href',
        school.url,
      );
      expect(text).toContain(school.area);
    }
    for (const award of resume.awards) {
      expect(screen.getByRole('heading', { level: 3, name: award.title })).toBeInTheDocument();
      expect(text).toContain(award.awarder);
    }
  });

  it('offers the other language, named in that language', async () => {
    await renderRoute(`/${language}/`);
    expect(
      screen.getByRole('link', { name: languageName(otherHref.slice(1, -1)) }),
    ).toHaveAttribute('href', otherHref);
  });
});

describe('an unknown URL', () => {
  it('shows the not-found page in the language of the URL', async () => {
    await renderRoute('/en/no-such-page');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This page does not exist' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to the career timeline/ })).toHaveAttribute(
      'href',
      '/en/',
    );
  });

  it('shows the not-found page for an unknown language, in the visitor’s language', async () => {
    localStorage.setItem('language', 'zh');
    await renderRoute('/fr/');
    expect(screen.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeInTheDocument();
  });
});
