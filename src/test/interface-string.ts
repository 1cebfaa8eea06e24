import en from '../i18n/locales/en.json' with { type: 'json' };
import zh from '../i18n/locales/zh.json' with { type: 'json' };

const locales = { zh, en } as const;

/**
 * An interface string as the site shows it, read from the locale file (so tests follow an edit of
 * the wording): `key` is a dotted path, `{{name}}` placeholders are filled from `values`.
 */
export function interfaceString(
  language: keyof typeof locales,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let value: unknown = locales[language];
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`no interface string ${language}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${language}:${key} needs a value for {{${name}}}`);
    return String(values[name]);
  });
}
