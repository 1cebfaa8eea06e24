import type { Language } from '../config/languages';
import { fillInterfaceString } from './fill-interface-string';

const locales = import.meta.glob<unknown>('../i18n/locales/*.json', {
  eager: true,
  import: 'default',
});

/**
 * An interface string as the site shows it, read from the locale file (so tests follow an edit of
 * the wording): `key` is a dotted path, `{{name}}` placeholders are filled from `values`.
 */
export function interfaceString(
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  return fillInterfaceString(locales[`../i18n/locales/${language}.json`], language, key, values);
}
