import type { HydrationState } from 'react-router';
import type { Resume } from '../content/schema';
import {
  isLanguageInfo,
  languageDataIn,
  languageRouteId,
  type LanguageData,
} from './language-loader';

/**
 * What a prerendered page carries for hydration: the URL it was rendered for and the router's data,
 * less the résumé. The browser loads the résumé's own chunk instead, which every page shares from
 * the cache, so no page repeats it in its HTML.
 */
export interface PrerenderedState {
  url: string;
  data: HydrationState;
}

/** The state this document was prerendered with, if it was (404.html and development have none). */
export function readPrerenderedState(): PrerenderedState | null {
  const element = document.getElementById('router-hydration');
  return element?.textContent ? (JSON.parse(element.textContent) as PrerenderedState) : null;
}

/** The prerendered state of a page at `url`, given the router's data for it. */
export function prerenderedState(url: string, data: HydrationState): PrerenderedState {
  const { resume, ...languageData } = languageDataIn(data.loaderData);
  return {
    url,
    data: { ...data, loaderData: { ...data.loaderData, [languageRouteId]: languageData } },
  };
}

/** The language data the prerendered state holds (everything but the résumé). */
export function prerenderedLanguage(state: PrerenderedState): Omit<LanguageData, 'resume'> {
  const data = state.data.loaderData?.[languageRouteId];
  if (isLanguageInfo(data)) return data;
  throw new Error(
    `The prerendered state of ${state.url} has no language data: build the site again.`,
  );
}

/** The router's hydration data: the prerendered state with the résumé put back. */
export function hydrationData(state: PrerenderedState, resume: Resume): HydrationState {
  const loaderData = { ...state.data.loaderData };
  loaderData[languageRouteId] = { ...prerenderedLanguage(state), resume };
  return { ...state.data, loaderData };
}
