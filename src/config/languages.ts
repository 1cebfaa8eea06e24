/** The site's languages, in the order the switcher and the prerenderer use them. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** Chinese is the résumé's own language, so it is the default. */
export const defaultLanguage: Language = 'zh';

/** The BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
export const languageTags: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return languages.some((language) => language === value);
}

export function otherLanguage(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh';
}

/**
 * The language to show a visitor: the one they chose before, else the first of their browser's
 * preferred languages that the site has, else the default.
 */
export function pickLanguage(remembered: string | null, preferred: readonly string[]): Language {
  if (isLanguage(remembered)) return remembered;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return defaultLanguage;
}
