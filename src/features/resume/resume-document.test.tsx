// @vitest-environment jsdom
import sample from '@jsonresume/schema/sample.resume.json';
import careerChanger from '@jsonresume/schema/examples/career-changer.resume.json';
import newGrad from '@jsonresume/schema/examples/new-grad.resume.json';
import seniorEngineer from '@jsonresume/schema/examples/senior-engineer.resume.json';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeResume } from '../../content/normalize-resume';
import { resumeSchema, type Resume } from '../../content/schema';
import { i18nFor, loadLanguageStrings } from '../../i18n/config';
import strings from '../../i18n/locales/en.json';
import { ProfileHeader } from './profile-header';
import { ResumeDocument } from './resume-document';

const officialDocuments = Object.entries({
  'sample.resume.json': sample,
  'examples/career-changer.resume.json': careerChanger,
  'examples/new-grad.resume.json': newGrad,
  'examples/senior-engineer.resume.json': seniorEngineer,
}).map(([file, json]) => ({ file, document: resumeSchema.parse(json) }));

/** Fields a visitor does not read as text: addresses, dates (shown formatted), and the private address. */
const unreadFields = new Set([
  'url',
  'email',
  'phone',
  'startDate',
  'endDate',
  'date',
  'releaseDate',
  'meta',
  '$schema',
  'image',
  'address',
  'postalCode',
  'countryCode',
]);

/** Every string a visitor reads in a document, with its JSON path. */
function readableStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => readableStrings(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([key]) => !unreadFields.has(key))
      .flatMap(([key, item]) => readableStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

function personalProjectKeyword(resume: Resume, path: string): boolean {
  const match = /^projects\[(\d+)\]\.keywords\[/.exec(path);
  return match !== null && resume.projects[Number(match[1])]?.kind === 'personal';
}

/**
 * The letterhead as on screen (on paper the profiles read as their addresses), and the document as
 * the résumé page shows it, with the highlights and results.
 */
function renderDocument(resume: Resume) {
  return render(
    <I18nextProvider i18n={i18nFor('en')}>
      <MemoryRouter>
        <ProfileHeader basics={resume.basics} />
        <ResumeDocument resume={resume} withResults />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

/** Each section's heading, and whether a résumé has anything to show under it. */
const sectionHeadings: [string, (resume: Resume) => boolean][] = [
  [strings.sections.experience, (resume) => resume.work.length > 0],
  [strings.sections.projects, (resume) => resume.projects.some(({ kind }) => kind === 'work')],
  [strings.sections.openSource, (resume) => resume.contributions.length > 0],
  [
    strings.sections.otherProjects,
    (resume) =>
      resume.contributions.length === 0 && resume.projects.some(({ kind }) => kind === 'personal'),
  ],
  [strings.sections.volunteer, (resume) => resume.volunteer.length > 0],
  [strings.sections.skills, (resume) => resume.skills.length > 0],
  [strings.sections.languages, (resume) => resume.languages.length > 0],
  [strings.sections.education, (resume) => resume.education.length > 0],
  [strings.sections.awards, (resume) => resume.awards.length > 0],
  [strings.sections.certificates, (resume) => resume.certificates.length > 0],
  [strings.sections.publications, (resume) => resume.publications.length > 0],
  [strings.sections.interests, (resume) => resume.interests.length > 0],
  [strings.sections.references, (resume) => resume.references.length > 0],
];

beforeAll(() => loadLanguageStrings('en'));

describe.each(officialDocuments)('the résumé document of $file', ({ document }) => {
  const resume = normalizeResume(document);

  it('shows every string a visitor reads in it', () => {
    const { container } = renderDocument(resume);
    const text = container.textContent ?? '';
    const missing = readableStrings(document)
      // A personal project's technologies are on its own page: the document's open-source list gives
      // its name, address, roles, description and results, as it does for the owner's projects.
      .filter(({ path }) => !personalProjectKeyword(resume, path))
      .filter(({ text: value }) => !text.includes(value));
    expect(missing).toEqual([]);
  });

  it('has a heading for each section it has, and none for a section it lacks', () => {
    renderDocument(resume);
    for (const [heading, has] of sectionHeadings) {
      const found = screen.queryByRole('heading', { level: 2, name: heading });
      if (has(resume)) expect(found, heading).toBeInTheDocument();
      else expect(found, heading).toBeNull();
    }
  });

  it('shows the city and region, never the street address or postal code', () => {
    const { container } = renderDocument(resume);
    const text = container.textContent ?? '';
    const location = document.basics?.location ?? {};
    for (const part of [location.address, location.postalCode]) {
      if (part) expect(text).not.toContain(part);
    }
    for (const part of [location.city, location.region]) if (part) expect(text).toContain(part);
  });

  it('gives every entry an anchor of its section and id, to link to', () => {
    const { container } = renderDocument(resume);
    const anchors = [
      ...resume.work.map(({ id }) => `work-${id}`),
      ...resume.projects.map(({ id }) => `project-${id}`),
      ...resume.volunteer.map(({ id }) => `volunteer-${id}`),
      ...resume.education.map(({ id }) => `education-${id}`),
      ...resume.awards.map(({ id }) => `award-${id}`),
      ...resume.certificates.map(({ id }) => `certificate-${id}`),
      ...resume.publications.map(({ id }) => `publication-${id}`),
    ];
    for (const anchor of anchors) {
      expect(container.querySelector(`[id="${anchor}"]`), anchor).toBeInstanceOf(HTMLLIElement);
    }
  });

  it('says nothing undefined and leaves no empty separator', () => {
    const { container } = renderDocument(resume);
    const text = container.textContent ?? '';
    expect(text).not.toContain('undefined');
    expect(text).not.toMatch(/·\s*·|^\s*·|·\s*$/m);
  });
});
