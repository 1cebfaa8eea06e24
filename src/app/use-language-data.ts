import { useRouteLoaderData } from 'react-router';
import { isLanguageData, languageRouteId, type LanguageData } from './language-loader';

/** The current language and its résumé, loaded by the language route. */
export function useLanguageData(): LanguageData {
  const data: unknown = useRouteLoaderData(languageRouteId);
  if (!isLanguageData(data)) throw new Error('useLanguageData is used outside the language route');
  return data;
}
