import { readFileSync } from 'node:fs';
import type { Language } from '../../src/config/languages';
import { languageName } from '../../src/i18n/language-facts';
import { paths } from '../../src/config/paths';
import { readContentLanguages } from '../../src/content/content-languages';
import { nameInLatinLetters } from '../../src/content/latin-name';
import type { Resume } from '../../src/content/schema';
import { readResumes } from './read-resumes';

const contentDir = 'src/content';

/** The site's languages, the original first, read off the content as the build reads them. */
export const { languages, original: originalLanguage } = readContentLanguages(contentDir);

/**
 * The name of the language switcher's link on a page in `language`, on a site in two languages:
 * the other language's name in itself ("English" on a Chinese page).
 */
export function switcherName(language: Language): string {
  const other = languages.find((candidate) => candidate !== language);
  if (other === undefined) throw new Error('The site has one language, so no switcher');
  return languageName(other);
}

/**
 * A résumé as these tests read it: JSON Resume makes every field optional, and these tests check the
 * fields below, so they need them given (checkedForTests says which one is missing).
 */
export interface TestedResume extends Omit<Resume, 'basics' | 'work' | 'projects' | 'education'> {
  basics: Resume['basics'] & { name: string; label: string };
  work: (Resume['work'][number] & { name: string; position: string; startDate: string })[];
  projects: (Resume['projects'][number] & { name: string; description: string })[];
  education: (Resume['education'][number] & { institution: string; startDate: string })[];
}

function checkedForTests(resume: Resume, file: string): TestedResume {
  const missing = [
    ...(['name', 'label'] as const)
      .filter((field) => !resume.basics[field])
      .map((f) => `basics.${f}`),
    ...resume.work.flatMap((entry, index) =>
      (['name', 'position', 'startDate'] as const)
        .filter((field) => !entry[field])
        .map((field) => `work[${index}].${field}`),
    ),
    ...resume.projects.flatMap((entry, index) =>
      (['name', 'description'] as const)
        .filter((field) => !entry[field])
        .map((field) => `projects[${index}].${field}`),
    ),
    ...resume.education.flatMap((entry, index) =>
      (['institution', 'startDate'] as const)
        .filter((field) => !entry[field])
        .map((field) => `education[${index}].${field}`),
    ),
  ];
  if (missing.length > 0) {
    throw new Error(
      `${file}: the browser tests read ${missing.join(', ')}, which it does not give`,
    );
  }
  return resume as TestedResume;
}

/** The résumé in each language, as the build reads its file. */
export const resumes: Record<Language, TestedResume> = Object.fromEntries(
  readResumes(contentDir).map(({ language, file, resume }) => [
    language,
    checkedForTests(resume, file),
  ]),
);

export interface SitePage {
  language: Language;
  path: string;
  /** The page's one h1. */
  heading: string;
  /** A sentence of its content that must be in the HTML. */
  content: string;
}

/** Every page the build must prerender (home, résumé, employers, projects), with what each must say, from the content itself. */
export function sitePages(): SitePage[] {
  return languages.flatMap((language) => {
    const resume = resumes[language];
    return [
      {
        language,
        path: `/${language}/`,
        heading: resume.basics.name,
        content: resume.basics.label,
      },
      {
        language,
        path: `/${language}/resume/`,
        heading: resume.basics.name,
        // The phone number shows on the résumé page only (resume-files.spec.ts).
        content: resume.basics.phone ?? resume.basics.label,
      },
      ...resume.work.map((entry) => ({
        language,
        path: `/${language}/work/${entry.id}/`,
        heading: entry.name,
        content: entry.summary ?? entry.position,
      })),
      ...resume.projects.map((project) => ({
        language,
        path: `/${language}/projects/${project.id}/`,
        heading: project.name,
        content:
          ('background' in project ? project.background : undefined) ?? project.description ?? '',
      })),
    ];
  });
}

/** Where the build puts a language's résumé PDF: named after the person in Latin letters. */
export function resumePdfPath(language: Language): string {
  return paths.resumePdf(language, nameInLatinLetters(languages.map((other) => resumes[other]!)));
}

/** A built file's text. */
export function distFile(path: string, dist = 'dist'): string {
  return readFileSync(`${dist}/${path.replace(/^\//, '')}`, 'utf8');
}

/** Another language of the site than `language`, or undefined on a site in one language. */
export function otherLanguage(language: Language): Language | undefined {
  return languages.find((candidate) => candidate !== language);
}

/** A page's path as a pattern for `toHaveURL`, at the end of the URL. */
export const endsWithPath = (path: string) => new RegExp(`${escapeRegExp(path)}$`);

/** `text` as a pattern that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
