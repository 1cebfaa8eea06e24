// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { languages, otherLanguages } from '../../config/languages';
import { languageName } from '../../i18n/language-facts';
import { formatYearMonth } from '../../i18n/format-date';
import { interfaceString } from '../../test/interface-string';
import { renderRoute } from '../../test/render-route';
import { resumeIn } from '../../test/resumes';

describe.each(languages)('the %s home page', (language) => {
  const resume = resumeIn(language);
  it('names the person, their headline and how to reach them', async () => {
    await renderRoute(`/${language}/`);
    expect(screen.getByRole('heading', { level: 1, name: resume.basics.name })).toBeInTheDocument();
    if (resume.basics.label)
      expect(screen.getByText(resume.basics.label, { selector: 'p' })).toBeInTheDocument();
    if (resume.basics.email)
      expect(screen.getByRole('link', { name: resume.basics.email })).toHaveAttribute(
        'href',
        `mailto:${resume.basics.email}`,
      );
    for (const profile of resume.basics.profiles) {
      if (!profile.url) continue;
      const name = `${profile.network} · ${profile.username}`;
      const links = screen.getAllByRole('link', { name });
      expect(links.map((link) => link.getAttribute('href'))).toContain(profile.url);
    }
  });

  it.skipIf(!resume.basics.phone)('never shows the phone number', async () => {
    const { container } = await renderRoute(`/${language}/`);
    expect(container.textContent).not.toContain(resume.basics.phone);
  });

  it('shows every employer with its role and period', async () => {
    await renderRoute(`/${language}/`);
    const experience = screen.getByRole('region', {
      name: interfaceString(language, 'sections.experience'),
    });
    const items = within(experience).queryAllByRole('listitem');
    expect(items).toHaveLength(resume.work.length);
    for (const entry of resume.work) {
      const facts = [
        entry.name,
        entry.position,
        entry.summary,
        entry.startDate && formatYearMonth(entry.startDate, language),
        entry.startDate &&
          (entry.endDate
            ? formatYearMonth(entry.endDate, language)
            : interfaceString(language, 'period.present')),
      ].filter((fact): fact is string => Boolean(fact));
      // Two employers may share a name: one of the items shows all of this entry's facts.
      const item = items.find((candidate) =>
        facts.every((fact) => candidate.textContent?.includes(fact)),
      );
      expect(item, `the item of ${entry.id}`).toBeDefined();
    }
  });

  it('shows every project, contribution, skill, school and award', async () => {
    const { container } = await renderRoute(`/${language}/`);
    const text = container.textContent ?? '';
    for (const project of resume.projects) {
      expect(text).toContain(project.name);
      if (project.description) expect(text).toContain(project.description);
    }
    // The timeline's undated list may link a contribution too: every such link leads to one.
    for (const contribution of resume.contributions) {
      if (!contribution.name) continue;
      const hrefs = resume.contributions
        .filter((other) => other.name === contribution.name)
        .map((other) => other.url);
      for (const link of screen.getAllByRole('link', { name: contribution.name }))
        expect(hrefs).toContain(link.getAttribute('href'));
    }
    for (const group of resume.skills) {
      if (group.name) expect(text).toContain(group.name);
      for (const keyword of group.keywords) expect(text).toContain(keyword);
    }
    for (const school of resume.education) {
      if (school.institution) expect(text).toContain(school.institution);
      if (school.institution && school.url) {
        const links = screen.getAllByRole('link', { name: school.institution });
        expect(links.map((link) => link.getAttribute('href'))).toContain(school.url);
      }
      if (school.area) expect(text).toContain(school.area);
    }
    for (const award of resume.awards) {
      if (award.title)
        expect(
          screen.getAllByRole('heading', { level: 3, name: award.title }).length,
        ).toBeGreaterThan(0);
      if (award.awarder) expect(text).toContain(award.awarder);
    }
  });

  it.skipIf(languages.length < 2)('offers another language, named in that language', async () => {
    const other = otherLanguages(language)[0]!;
    await renderRoute(`/${language}/`);
    expect(screen.getByRole('link', { name: languageName(other) })).toHaveAttribute(
      'href',
      `/${other}/`,
    );
  });
});

describe('an unknown URL', () => {
  it.each(languages)(
    'shows the not-found page in the language of the URL (%s)',
    async (language) => {
      await renderRoute(`/${language}/no-such-page`);
      expect(
        screen.getByRole('heading', {
          level: 1,
          name: interfaceString(language, 'notFound.heading'),
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: interfaceString(language, 'notFound.backHome') }),
      ).toHaveAttribute('href', `/${language}/`);
    },
  );

  it('shows the not-found page for an unknown language, in the visitor’s language', async () => {
    const visitor = languages.at(-1)!;
    localStorage.setItem('language', visitor);
    await renderRoute('/xx/');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: interfaceString(visitor, 'notFound.heading'),
      }),
    ).toBeInTheDocument();
  });
});
