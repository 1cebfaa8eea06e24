import type { Language } from '../config/languages';

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
  let value: unknown = locales[`../i18n/locales/${language}.json`];
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`no interface string ${language}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${language}:${key} needs a value for {{${name}}}`);
    return String(values[name]);
  });
}
