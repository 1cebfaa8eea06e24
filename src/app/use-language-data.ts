import { createContext, use } from 'react';
import type { Language } from '../config/languages';
import type { Resume } from '../content/schema';

export interface LanguageData {
  language: Language;
  resume: Resume;
  /** The URL's first segment is not a language: the page is a not-found page in `language`. */
  unknownLanguage: boolean;
  /** When the page was rendered (ISO 8601): "now" for the timeline, fixed so rendering stays pure. */
  now: string;
}

/** The page's language and its résumé, which SiteLayout provides. */
export const LanguageDataContext = createContext<LanguageData | null>(null);

/** The current language and its résumé. */
export function useLanguageData(): LanguageData {
  const data = use(LanguageDataContext);
  if (!data) throw new Error('useLanguageData is used outside SiteLayout');
  return data;
}
