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

/**
 * Whether a value is the language route's data without its résumé, as a prerendered page carries it
 * (prerendered-state.ts).
 */
export function isLanguageInfo(value: unknown): value is Omit<LanguageData, 'resume'> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'language' in value &&
    isLanguage(value.language) &&
    'unknownLanguage' in value &&
    typeof value.unknownLanguage === 'boolean' &&
    'now' in value &&
    typeof value.now === 'string'
  );
}

/** Whether a value is the language route's data, résumé and all. */
export function isLanguageData(value: unknown): value is LanguageData {
  return (
    isLanguageInfo(value) &&
    'resume' in value &&
    typeof value.resume === 'object' &&
    value.resume !== null &&
    'basics' in value.resume
  );
}

/** The language route's data among the router's data: the one way untyped data becomes typed. */
export function languageDataIn(loaderData: Record<string, unknown> | undefined): LanguageData {
  const data = loaderData?.[languageRouteId];
  if (isLanguageData(data)) return data;
  throw new Error(`The router has no data for the "${languageRouteId}" route: did its loader run?`);
}
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
