import type { Language } from '../config/languages';
import type { Resume } from './schema';

/*
 * Each résumé is its own module, parsed by the schema when it is built (resume-module-plugin.ts), so
 * the client trusts it and does not ship the validator.
 */
const resumeLoaders: Record<Language, () => Promise<Resume>> = {
  zh: () => import('virtual:resume/zh').then((module) => module.default),
  en: () => import('virtual:resume/en').then((module) => module.default),
};

/** The résumé in one language, downloaded only when that language is shown. */
export function loadResume(language: Language): Promise<Resume> {
  return resumeLoaders[language]();
}
