/// <reference types="vite/client" />
import type { idSections, IdSection } from '../content/normalize-resume';
import { isLanguage, type Language } from './languages';

/**
 * The path the site is published under, `/` or e.g. `/portfolio/` (Vite's `base`: SITE_URL's path).
 * Outside Vite (the browser tests import the paths below) there is no `import.meta.env`.
 */
export const basePath: string = import.meta.env?.BASE_URL ?? '/';

/** A site path (`/en/`) as the address bar shows it, under the base path (`/portfolio/en/`). */
export function withBasePath(path: string): string {
  return `${basePath.replace(/\/$/, '')}${path}`;
}

/** The résumé sections whose entries have no page of their own: links go to the entry in the résumé. */
/** The prefix of a section's entry anchors: `work`, `project`, `award`, … (normalize-resume.ts). */
export type ResumeEntrySection = (typeof idSections)[IdSection]['prefix'];

/**
 * The HTML id of a résumé entry, so a link can land on it: `<section>-<id>`, the section's prefix
 * and the entry's id (given or derived: normalize-resume.ts), e.g. `award-acm-icpc`; on the résumé
 * page that is `/<lang>/resume/#award-acm-icpc` (`paths.resumeEntry`). Entry ids are unique across
 * the site, so the anchors are unique on a page.
 */
export function resumeEntryAnchor(section: ResumeEntrySection, id: string): string {
  return `${section}-${id}`;
}

/**
 * Every URL of the site, relative to the router's basename (`basePath`). Pages are folders (`…/index.html` once
 * prerendered), so their URLs end in `/`, as a static host serves them without a redirect.
 */
export const paths = {
  root: () => '/',
  home: (language: Language) => `/${language}/`,
  work: (language: Language, id: string) => `/${language}/work/${id}/`,
  project: (language: Language, id: string) => `/${language}/projects/${id}/`,
  resume: (language: Language) => `/${language}/resume/`,
  /** One entry of the résumé document, by its HTML id there: `/en/resume/#award-best-paper`. */
  resumeEntry: (language: Language, section: ResumeEntrySection, id: string) =>
    `${paths.resume(language)}#${resumeEntryAnchor(section, id)}`,
  /** The résumé as a JSON Resume file (written by src/content/resume-export-plugin.ts). */
  resumeJson: (language: Language) => `/resume.${language}.json`,
  /** The résumé's PDF, named so that a saved copy says whose it is: `linwei-zhang-resume-en.pdf`. */
  resumePdf: (language: Language, latinName: string) => {
    const words = latinName.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    return `/${[...words, 'resume', language].join('-')}.pdf`;
  },
  /** The home page's timeline, filtered by a technology (its slug). */
  technology: (language: Language, slug: string) =>
    `/${language}/?tech=${encodeURIComponent(slug)}#timeline`,
};

/** The same page in another language: the language segment swapped, or that language's home. */
export function pathInLanguage(pathname: string, language: Language): string {
  const [, first, ...rest] = pathname.split('/');
  if (!isLanguage(first)) return paths.home(language);
  return `/${[language, ...rest].join('/')}`;
}
