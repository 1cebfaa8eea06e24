import { readFileSync } from 'node:fs';
import { languageName, type Language } from '../../src/config/languages';
import { readContentLanguages, resumeFileName } from '../../src/content/content-languages';
import type { Resume } from '../../src/content/schema';

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

/** The résumé in each language, as its file has it. */
export const resumes: Record<Language, Resume> = Object.fromEntries(
  languages.map((language) => [
    language,
    JSON.parse(readFileSync(`${contentDir}/${resumeFileName(language)}`, 'utf8')) as Resume,
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
        content: resume.work[0]!.summary,
      },
      {
        language,
        path: `/${language}/resume/`,
        heading: resume.basics.name,
        content: phoneOf(resume),
      },
      ...resume.work.map((entry) => ({
        language,
        path: `/${language}/work/${entry.id}/`,
        heading: entry.name,
        content: entry.summary,
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

/** A built file's text. */
export function distFile(path: string, dist = 'dist'): string {
  return readFileSync(`${dist}/${path.replace(/^\//, '')}`, 'utf8');
}

/** The phone number a résumé gives; these tests check where it may and may not appear. */
export function phoneOf(resume: Resume | undefined): string {
  const phone = resume?.basics.phone;
  if (!phone) throw new Error('The résumé gives no phone number');
  return phone;
}
