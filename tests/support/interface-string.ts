import { readFileSync } from 'node:fs';
import type { Language } from '../../src/config/languages';
import { fillInterfaceString } from '../../src/test/fill-interface-string';

const locales = new Map<Language, unknown>();

/** A language's locale file, read once: the browser tests run in Node, outside Vite's glob imports. */
function localeOf(language: Language): unknown {
  if (!locales.has(language)) {
    locales.set(
      language,
      JSON.parse(readFileSync(`src/i18n/locales/${language}.json`, 'utf8')) as unknown,
    );
  }
  return locales.get(language);
}

/**
 * An interface string as the site shows it, read from the locale file (so tests follow an edit of
 * the wording): `key` is a dotted path, `{{name}}` placeholders are filled from `values`.
 */
export function interfaceString(
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  return fillInterfaceString(localeOf(language), language, key, values);
}
