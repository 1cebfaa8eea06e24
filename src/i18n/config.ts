import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeLoaders } from 'virtual:site-content';
import type { Language } from '../config/languages';

/*
 * Each language's strings are a chunk of their own (site-languages-plugin.ts), so a page downloads
 * only its language's.
 */

/** Holds the loaded strings of every language; pages translate through `i18nFor` below. */
const strings = i18next.createInstance();

void strings.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  // A page's strings are loaded before it renders (SiteLayout), so nothing needs to suspend here.
  react: { useSuspense: false },
  initAsync: false,
});

/*
 * One instance per language, sharing the loaded strings, and never switched. A page translates in
 * its URL's language alone (see SiteLayout), so loading the other language on the way to it cannot
 * change the page still on screen, nor a part of it that is still hydrating.
 */
const instances = new Map<Language, I18n>();

/** The i18next instance that translates into `language`. */
export function i18nFor(language: Language): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = strings.cloneInstance({ lng: language });
    instances.set(language, instance);
  }
  return instance;
}

/** Loads a language's interface strings, once. */
export async function loadLanguageStrings(language: Language): Promise<void> {
  if (strings.hasResourceBundle(language, 'translation')) return;
  const load = localeLoaders[language];
  if (!load) throw new Error(`The site has no interface strings in "${language}"`);
  const { default: loaded } = await load();
  strings.addResourceBundle(language, 'translation', loaded);
}
