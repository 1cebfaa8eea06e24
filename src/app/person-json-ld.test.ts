import { describe, expect, it } from 'vitest';
import { languages } from '../config/languages';
import { resumeIn } from '../test/resumes';
import { personJsonLd } from './person-json-ld';

describe.each(languages)('personJsonLd in %s', (language) => {
  const resume = resumeIn(language);
  const url = `https://example.org/${language}/`;
  const person = personJsonLd(resume, url);

  it('describes the person from the résumé: name, title, email, profiles, school, current employer', () => {
    const current = resume.work.find((entry) => !entry.endDate);
    expect(person).toMatchObject({
      '@type': 'Person',
      name: resume.basics.name,
      jobTitle: resume.basics.label,
      ...(resume.basics.email && { email: `mailto:${resume.basics.email}` }),
      url,
      sameAs: resume.basics.profiles.map((profile) => profile.url),
      alumniOf: resume.education.map((school) =>
        expect.objectContaining({ name: school.institution }),
      ),
      ...(current && { worksFor: expect.objectContaining({ name: current.name }) }),
    });
  });

  it('names no employer when every job has ended', () => {
    const ended = resume.work.map((entry) => ({ ...entry, endDate: entry.endDate ?? '2026-01' }));
    expect(personJsonLd({ ...resume, work: ended }, url)).not.toHaveProperty('worksFor');
  });

  it('never contains the phone number', () => {
    const withPhone = { ...resume, basics: { ...resume.basics, phone: '+86 100 0000 0000' } };
    const text = JSON.stringify(personJsonLd(withPhone, url));
    expect(text).not.toContain('0000 0000');
    expect(text).not.toContain('telephone');
  });
});

describe('personJsonLd of a résumé without an email address', () => {
  it('gives no email, rather than a mailto: link to nowhere', () => {
    const [language] = languages;
    const resume = resumeIn(language ?? '');
    const person = personJsonLd({ ...resume, basics: { ...resume.basics, email: undefined } }, '/');
    expect(person).not.toHaveProperty('email');
  });
});
