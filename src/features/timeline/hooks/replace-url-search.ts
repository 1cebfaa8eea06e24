/**
 * Replaces the query string of the current history entry without a router navigation: zoom gestures
 * settle many times a minute, and a navigation would re-run the route's loaders each time. The
 * router's own history state is kept, and Back and reloads see the new URL.
 */
export function replaceUrlSearch(search: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}
