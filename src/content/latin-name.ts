import type { Resume } from './schema';

const latinName = /^[\p{Script=Latin}\p{Mark}\s.'’-]+$/u;

/**
 * The person's name in Latin letters, for file names such as the PDF's: the first of the résumés'
 * names (the original language's first) that is written in them, or '' when none is.
 */
export function nameInLatinLetters(resumes: readonly Resume[]): string {
  return (
    resumes
      .map((resume) => resume.basics.name ?? '')
      .find((name) => name !== '' && latinName.test(name)) ?? ''
  );
}
