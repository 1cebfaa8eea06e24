/** The colour themes a visitor can choose; `system` follows the device's light or dark setting. */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;

/** The localStorage key of a chosen theme; the inline script in every page's head reads it too. */
export const themeStorageKey = 'theme';

/**
 * The page background of each theme (--color-bg in global.css), for `<meta name="theme-color">`:
 * the browser's own bars match the page.
 */
export const themeColors: Record<Theme, string> = { light: '#fdfdfc', dark: '#121417' };

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/** The theme the visitor chose before, or `system`; storage can be unavailable (private modes). */
export function readRememberedTheme(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(themeStorageKey);
    return isTheme(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function rememberTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(themeStorageKey);
    else window.localStorage.setItem(themeStorageKey, choice);
  } catch {
    // Without storage the choice lasts only for this page, which is still correct behaviour.
  }
}

/**
 * Shows the page in a theme: data-theme on <html> sets its `color-scheme`, which every colour
 * follows, and each theme-color meta (one per system scheme) names the shown background.
 */
export function applyTheme(choice: ThemeChoice, root = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  for (const meta of root.querySelectorAll('meta[name="theme-color"]')) {
    const scheme: Theme = meta.getAttribute('media')?.includes('dark') ? 'dark' : 'light';
    meta.setAttribute('content', themeColors[choice === 'system' ? scheme : choice]);
  }
}
