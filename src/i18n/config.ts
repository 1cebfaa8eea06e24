import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../config/languages';

/** Each language's strings are a chunk of their own, so a page downloads only its language's. */
const localeLoaders: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  zh: () => import('./locales/zh.json'),
  en: () => import('./locales/en.json'),
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  // Strings are loaded by the route loaders before anything renders, so nothing needs to suspend.
  react: { useSuspense: false },
  initAsync: false,
});

/** Loads a language's interface strings (once) and makes it the current language. */
export async function loadLanguageStrings(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const { default: strings } = await localeLoaders[language]();
    i18n.addResourceBundle(language, 'translation', strings);
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
