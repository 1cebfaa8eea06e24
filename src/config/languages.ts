/** A language of the site: the BCP 47 tag of a `src/content/resume.<tag>.json` file (`en`, `pt-BR`). */
export type Language = string;

/* Set by the build (Vite's `define`, see src/content/site-languages-plugin.ts). */
declare const __SITE_LANGUAGES__: readonly string[];
declare const __SITE_ORIGINAL_LANGUAGE__: string;

/**
 * The site's languages, the original first, as read off the résumé files by the build
 * (src/content/site-languages-plugin.ts). Outside Vite (the browser tests' Node side) they are not
 * set: read them with src/content/content-languages.ts there.
 */
export const languages: readonly Language[] =
  typeof __SITE_LANGUAGES__ === 'undefined' ? [] : __SITE_LANGUAGES__;

/**
 * The language the résumé was written in (src/config/original-language.ts), which the others
 * translate: the site's default, and the one search engines are offered first.
 */
export const originalLanguage: Language =
  typeof __SITE_ORIGINAL_LANGUAGE__ === 'undefined' ? '' : __SITE_ORIGINAL_LANGUAGE__;

export function isLanguage(value: unknown): value is Language {
  return languages.some((language) => language === value);
}

/** The site's languages other than `language`, for the switcher. */
export function otherLanguages(language: Language): Language[] {
  return languages.filter((other) => other !== language);
}

/**
 * The language to show a visitor: the one they chose before, else the first of their browser's
 * preferred languages that the site has (exactly, else by its primary subtag: `zh-TW` finds `zh`),
 * else the original.
 */
export function pickLanguage(
  remembered: string | null,
  preferred: readonly string[],
  available: readonly Language[] = languages,
  fallback: Language = originalLanguage,
): Language {
  if (remembered !== null && available.includes(remembered)) return remembered;
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const tag of preferred) {
    const match =
      available.find((language) => language.toLowerCase() === tag.toLowerCase()) ??
      available.find((language) => primary(language) === primary(tag));
    if (match !== undefined) return match;
  }
  return fallback;
}
