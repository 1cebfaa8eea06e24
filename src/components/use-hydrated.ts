import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while rendering on the server and while hydrating what the server rendered; true in every
 * render after that. Parts of a page that depend on what only the browser knows (the query string,
 * storage) render as on the server until hydration is done, so hydration always matches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
