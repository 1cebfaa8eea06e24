import type { Language } from '../config/languages';
import type { Resume } from './schema';

/*
 * The JSON is validated against schema.ts when it is built (validate-resume-plugin.ts) and in
 * the tests, so the client trusts it and does not ship the validator.
 */
const resumeLoaders: Record<Language, () => Promise<Resume>> = {
  zh: () => import('./resume.zh.json').then((module) => module.default as unknown as Resume),
  en: () => import('./resume.en.json').then((module) => module.default as unknown as Resume),
};

/** The résumé in one language, downloaded only when that language is shown. */
export function loadResume(language: Language): Promise<Resume> {
  return resumeLoaders[language]();
}
