// The pages the benchmarks measure when given none, read off the content (any JSON Resume, in any
// number of languages) rather than written for one résumé.
import { readResumes } from '../support/read-resumes.ts';

/**
 * @typedef {object} BenchPage
 * @property {string} path the page's site path, e.g. `/en/work/acme/`
 * @property {'light' | 'dark'} theme the system's colour scheme while it is measured
 */

/**
 * Each language's home page; the original language's home page again with the system in dark mode
 * (the theme changes only colours, so one page shows what it costs); the original language's first
 * employer page and first project page (its first work project's, a project with an `employer`, if it
 * has one), where it has them; and each language's résumé page. The site paths are those of
 * src/config/paths.ts, which Node cannot import (it is written for Vite).
 * @param {string} [contentDir] the folder of the `resume.<language>.json` files
 * @returns {BenchPage[]}
 */
export function benchPages(contentDir = 'src/content') {
  const resumes = readResumes(contentDir);
  const [{ language: original, resume }] = resumes;
  const employer = resume.work[0];
  const project =
    resume.projects.find((candidate) => candidate.kind === 'work') ?? resume.projects[0];
  /** @type {(path: string, theme?: 'light' | 'dark') => BenchPage} */
  const page = (path, theme = 'light') => ({ path, theme });
  return [
    ...resumes.map(({ language }) => page(`/${language}/`)),
    page(`/${original}/`, 'dark'),
    ...(employer ? [page(`/${original}/work/${employer.id}/`)] : []),
    ...(project ? [page(`/${original}/projects/${project.id}/`)] : []),
    ...resumes.map(({ language }) => page(`/${language}/resume/`)),
  ];
}
