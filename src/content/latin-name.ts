import type { Resume } from './schema';

const latinName = /^[\p{Script=Latin}\p{Mark}\s.'’-]+$/u;

/**
 * The person's name in Latin letters, for file names such as the PDF's: the first of the résumés'
 * names (the original language's first) that is written in them, or '' when none is.
 */
export function nameInLatinLetters(resumes: readonly Resume[]): string {
  return firstLatinName(resumes.map((resume) => resume.basics.name ?? ''));
}

/** The first of `names` written in Latin letters, or '' when none is. */
export function firstLatinName(names: readonly string[]): string {
  return names.find((name) => name !== '' && latinName.test(name)) ?? '';
}
