/**
 * An interface string from a language's parsed locale file, as the site shows it: `key` is a dotted
 * path, `{{name}}` placeholders are filled from `values`. Plain code, so that both the unit tests
 * (which read the locales through Vite) and the browser tests (which read the files in Node) use it.
 */
export function fillInterfaceString(
  locale: unknown,
  language: string,
  key: string,
  values: Record<string, string | number>,
): string {
  let value = locale;
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`no interface string ${language}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${language}:${key} needs a value for {{${name}}}`);
    return String(values[name]);
  });
}
