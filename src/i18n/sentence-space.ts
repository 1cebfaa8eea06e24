/** Scripts set without a space after a full stop: Chinese (Han) and Japanese. */
const closedScripts = new Set(['Hans', 'Hant', 'Hani', 'Jpan']);

/** What follows a full stop before the next sentence in `language`: nothing in Chinese or Japanese. */
export function sentenceSpace(language: string): string {
  const { script } = new Intl.Locale(language).maximize();
  return script && closedScripts.has(script) ? '' : ' ';
}
