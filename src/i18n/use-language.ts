import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../config/languages';

/**
 * The language the page is shown in: the one of the i18next instance the site layout provides,
 * which it takes from the URL (site-layout.tsx). Every component asks this hook, none is told.
 */
export function useLanguage(): Language {
  const { language } = useTranslation().i18n;
  if (!isLanguage(language)) throw new Error(`The page's strings are in "${language}"`);
  return language;
}
