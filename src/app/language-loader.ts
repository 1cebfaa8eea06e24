import type { LoaderFunctionArgs } from 'react-router';
import { preferredLanguage } from '../config/language-preference';
import { originalLanguage, isLanguage, type Language } from '../config/languages';
import { loadResume } from '../content/load-resume';
import type { Resume } from '../content/schema';
import { loadLanguageStrings } from '../i18n/config';

export interface LanguageData {
  language: Language;
  resume: Resume;
  /** The URL's first segment is not a language: the page is a not-found page in `language`. */
  unknownLanguage: boolean;
  /** When the page was loaded (ISO 8601): "now" for the timeline, fixed here so rendering stays pure. */
  now: string;
}

export const languageRouteId = 'language';

/** Loads the strings and the résumé of the language in the URL, or of the visitor's language. */
export async function languageLoader({ params }: LoaderFunctionArgs): Promise<LanguageData> {
  const unknownLanguage = !isLanguage(params.lang);
  const language = isLanguage(params.lang)
    ? params.lang
    : typeof window === 'undefined'
      ? originalLanguage
      : preferredLanguage();
  const [resume] = await Promise.all([loadResume(language), loadLanguageStrings(language)]);
  return { language, resume, unknownLanguage, now: new Date().toISOString() };
}
