import { tracked } from '../components/tracked-promise';
import { preferredLanguage } from '../config/language-preference';
import { isLanguage, originalLanguage, type Language } from '../config/languages';
import { loadResume } from '../content/load-resume';
import type { Resume } from '../content/schema';
import { loadLanguageStrings } from './config';

/**
 * The language a page at a URL whose first segment is `segment` is shown in: that language, else
 * the visitor's (the site's original language when prerendering, where there is no visitor).
 */
export function pageLanguage(segment: string | undefined): Language {
  if (isLanguage(segment)) return segment;
  return typeof window === 'undefined' ? originalLanguage : preferredLanguage();
}

/** Each language's load, so that every render waiting on one waits on the same. */
const loads = new Map<Language, Promise<Resume>>();

/**
 * Loads a language's interface strings and résumé, once: a page in that language renders at once
 * when they are loaded (`use` the promise), and waits for them otherwise. A load that failed stays
 * failed, so that the page says so (SiteError) rather than waiting again; reloading tries again.
 */
export function loadLanguage(language: Language): Promise<Resume> {
  let load = loads.get(language);
  if (!load) {
    load = tracked(
      Promise.all([loadResume(language), loadLanguageStrings(language)]).then(([resume]) => resume),
    );
    loads.set(language, load);
  }
  return load;
}
