import { useCallback, useSyncExternalStore } from 'react';
import {
  applyTheme,
  readRememberedTheme,
  rememberTheme,
  themeStorageKey,
  type ThemeChoice,
} from '../config/theme-preference';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // A choice made in another tab shows here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== themeStorageKey && event.key !== null) return;
    applyTheme(readRememberedTheme());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The visitor's theme choice and a setter that shows, remembers and announces it. It reads as
 * `system` on the server and while hydrating, so hydration matches the prerendered page; the page's
 * colours are already right by then (the head's script applied the choice).
 */
export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, readRememberedTheme, () => 'system' as const);
  const choose = useCallback((next: ThemeChoice) => {
    rememberTheme(next);
    applyTheme(next);
    for (const listener of listeners) listener();
  }, []);
  return [choice, choose];
}
