import { UNSAFE_createBrowserHistory } from 'react-router';

export type BrowserHistory = ReturnType<typeof UNSAFE_createBrowserHistory>;

/**
 * The browser's history, with the router starting at the address it has now, even if the visitor
 * moves on (Back or Forward) before the router first renders: a page hydrates as it was rendered
 * for that address, and CatchUpWithHistory then follows them. (BrowserRouter reads the address
 * when it first renders, which hydration may reach only later, and then does not match the page.)
 */
export function browserHistory(): BrowserHistory {
  const history = UNSAFE_createBrowserHistory({ v5Compat: true });
  const start = history.location;
  return Object.create(history, { location: { get: () => start } }) as BrowserHistory;
}
