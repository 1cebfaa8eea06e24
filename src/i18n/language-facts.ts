/**
 * What the site says about a language that only Intl's locale data (CLDR) knows: its name, whether
 * its sentences follow a full stop with a space, its Open Graph locale. A browser's first use of
 * Intl.DisplayNames or Intl.Locale loads that data: 70–160 ms each on a phone-class CPU (Chromium,
 * 4× slowdown), in one piece, in the middle of hydration. So the build reads the facts of each site
 * language (siteLanguageConstants, src/content/site-languages-plugin.ts) and the browser looks them
 * up; any other language, and code outside Vite, asks Intl.
 */
export interface LanguageFacts {
  /** The language's name in itself and in each other site language: `{ zh: '中文', en: 'Chinese' }`. */
  names: Record<string, string>;
  /** What follows a full stop before the next sentence: nothing in Chinese or Japanese, else a space. */
  sentenceSpace: string;
  /** Open Graph's form of the language, language_TERRITORY: `zh` → `zh_CN`, `en` → `en_US`. */
  openGraphLocale: string;
}

/** Scripts set without a space after a full stop: Chinese (Han) and Japanese. */
const closedScripts = new Set(['Hans', 'Hant', 'Hani', 'Jpan']);

/** The facts of `language`, read off Intl, with its name in itself and in each of `namedIn`. */
export function readLanguageFacts(
  language: string,
  namedIn: readonly string[] = [],
): LanguageFacts {
  const { language: primary, script, region } = new Intl.Locale(language).maximize();
  const nameIn = (reader: string) =>
    new Intl.DisplayNames([reader], { type: 'language' }).of(language) ?? language;
  return {
    names: Object.fromEntries([language, ...namedIn].map((reader) => [reader, nameIn(reader)])),
    sentenceSpace: script && closedScripts.has(script) ? '' : ' ',
    openGraphLocale: region ? `${primary}_${region}` : primary,
  };
}

/** The facts of each of `languages`, each named in all of them: what the build hands the browser. */
export function readSiteLanguageFacts(languages: readonly string[]): Record<string, LanguageFacts> {
  return Object.fromEntries(
    languages.map((language) => [language, readLanguageFacts(language, languages)]),
  );
}

/* Set by the build (Vite's `define`, see src/content/site-languages-plugin.ts). */
declare const __SITE_LANGUAGE_FACTS__: Readonly<Record<string, LanguageFacts>>;

const siteLanguageFacts: Readonly<Record<string, LanguageFacts>> =
  typeof __SITE_LANGUAGE_FACTS__ === 'undefined' ? {} : __SITE_LANGUAGE_FACTS__;

/** A language's name in `inLanguage`, by default in itself ("中文", "English", "日本語"). */
export function languageName(language: string, inLanguage: string = language): string {
  return (
    siteLanguageFacts[language]?.names[inLanguage] ??
    readLanguageFacts(language, [inLanguage]).names[inLanguage] ??
    language
  );
}

/** What follows a full stop before the next sentence in `language`: nothing in Chinese or Japanese. */
export function sentenceSpace(language: string): string {
  return (siteLanguageFacts[language] ?? readLanguageFacts(language)).sentenceSpace;
}

/** Open Graph's form of `language`, language_TERRITORY: `zh` → `zh_CN`, `en` → `en_US`. */
export function openGraphLocale(language: string): string {
  return (siteLanguageFacts[language] ?? readLanguageFacts(language)).openGraphLocale;
}
