import { readFileSync } from 'node:fs';
import { languages, type Language } from '../../src/config/languages';
import en from '../../src/content/resume.en.json' with { type: 'json' };
import zh from '../../src/content/resume.zh.json' with { type: 'json' };

export const resumes = { zh, en } as const;

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
        content: resume.basics.phone,
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
        content: ('background' in project ? project.background : undefined) ?? project.description,
      })),
    ];
  });
}

/** A built file's text. */
export function distFile(path: string, dist = 'dist'): string {
  return readFileSync(`${dist}/${path.replace(/^\//, '')}`, 'utf8');
}
