import { pickLanguage, type Language } from './languages';

const storageKey = 'language';

/** The language the visitor chose before, or null; storage can be unavailable (private modes). */
export function readRememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Without storage the choice lasts only for this visit, which is still correct behaviour.
  }
}

/** The language for this browser: remembered, else preferred, else the default. */
export function preferredLanguage(): Language {
  return pickLanguage(readRememberedLanguage(), navigator.languages ?? [navigator.language]);
}
