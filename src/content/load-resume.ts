import { resumeLoaders } from 'virtual:site-content';
import type { Language } from '../config/languages';
import type { Resume } from './schema';

/*
 * Each résumé is its own module, parsed by the schema when it is built (resume-module-plugin.ts), so
 * the client trusts it and does not ship the validator.
 */

/** The résumé in one language, downloaded only when that language is shown. */
export async function loadResume(language: Language): Promise<Resume> {
  const load = resumeLoaders[language];
  if (!load) throw new Error(`The site has no résumé in "${language}"`);
  return (await load()).default;
}
