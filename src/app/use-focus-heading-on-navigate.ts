import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** The parts of the Navigation API this hook reads; TypeScript's DOM library does not declare it. */
interface NavigationEntries {
  activation: { entry: { key: string } } | null;
  currentEntry: { key: string } | null;
}

/** Whether the history entry shown now is the one the browser loaded the document into. */
function isLoadedEntry(locationKey: string): boolean {
  const { navigation } = window as Window & { navigation?: NavigationEntries };
  if (navigation?.activation && navigation.currentEntry) {
    return navigation.activation.entry.key === navigation.currentEntry.key;
  }
  // Without the Navigation API: React Router keys the entry it started on "default".
  return locationKey === 'default';
}

/**
 * Moves focus to the page's main heading after a client-side navigation, so that a screen reader
 * announces the new page; on the page the browser loaded, focus stays at the start of the document.
 * Returns the ref for the heading, which needs `tabIndex={-1}`.
 */
export function useFocusHeadingOnNavigate<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const { key } = useLocation();
  useEffect(() => {
    // preventScroll: the router resets or restores the scroll position itself.
    if (!isLoadedEntry(key)) ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
