import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { ContentLanguages } from './content-languages.ts';
import { datePatterns } from '../i18n/date-patterns.ts';
import { readSiteLanguageFacts } from '../i18n/language-facts.ts';

const defaultLocalesDir = fileURLToPath(new URL('../i18n/locales/', import.meta.url));
const moduleId = 'virtual:site-content';

/** The interface strings' file of a language, as the build names it when it is missing. */
export const localeFile = (language: string) => `src/i18n/locales/${language}.json`;

/**
 * The constants that tell the app its languages (read by src/config/languages.ts) and what Intl knows
 * of them (src/i18n/language-facts.ts), for Vite's `define`: set at the top of the config, where
 * Vitest sees them too. (Not on `import.meta.env`, whose values Vitest turns into strings.)
 */
export function siteLanguageConstants({ languages, original }: ContentLanguages) {
  return {
    __SITE_LANGUAGES__: JSON.stringify(languages),
    __SITE_ORIGINAL_LANGUAGE__: JSON.stringify(original),
    __SITE_LANGUAGE_FACTS__: JSON.stringify(readSiteLanguageFacts(languages)),
  };
}

/**
 * Makes the site's languages those of the résumé files (content-languages.ts), as found by
 * readContentLanguages, and serves `virtual:site-content`: each language's résumé and interface strings as a chunk of its
 * own, and its date patterns (date-patterns.ts). A language without its interface strings fails the build, naming the file to add.
 */
export function siteLanguagesPlugin(
  found: ContentLanguages,
  { localesDir = defaultLocalesDir } = {},
): Plugin {
  return {
    name: 'site-languages',
    configResolved(config) {
      if (found.notice) config.logger.warn(found.notice);
    },
    buildStart() {
      const missing = found.languages.filter(
        (language) => !existsSync(join(localesDir, `${language}.json`)),
      );
      if (missing.length > 0) {
        this.error(
          missing
            .map(
              (language) =>
                `src/content/resume.${language}.json has no interface strings: add ${localeFile(language)} (copy src/i18n/locales/en.json and translate its values).`,
            )
            .join('\n'),
        );
      }
    },
    resolveId(id) {
      if (id === moduleId) return `\0${id}`;
    },
    load(id) {
      if (id !== `\0${moduleId}`) return;
      const loaders = (load: (language: string) => string) =>
        `{${found.languages.map((language) => `${JSON.stringify(language)}: () => import(${load(language)})`).join(', ')}}`;
      return [
        `export const resumeLoaders = ${loaders((language) => JSON.stringify(`virtual:resume/${language}`))};`,
        `export const localeLoaders = ${loaders((language) => JSON.stringify(join(localesDir, `${language}.json`)))};`,
        `export const datePatterns = ${JSON.stringify(Object.fromEntries(found.languages.map((language) => [language, datePatterns(language)])))};`,
      ].join('\n');
    },
  };
}
