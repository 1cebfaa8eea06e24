import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { browserHistory } from './browser-history';
import { loadLanguage, pageLanguage } from '../i18n/load-language';
import { readPrerenderedState, samePage, type PageState } from './page-state';
import { languageSegmentAt, preloadPagesAt } from './routes';

/**
 * Brings the page to life once its language's strings and résumé and its page's code are loaded:
 * hydrates a prerendered page, or renders one from scratch (development, and 404.html, which is
 * served for any unknown URL, so it is replaced once, by the page ready to show).
 *
 * Hydration runs in a transition, so React yields to the browser between components instead of
 * holding the main thread for the whole document: the page is already readable and its links
 * already work, so nobody waits on it.
 */
export async function startApp(container: HTMLElement) {
  const prerendered = readPrerenderedState();
  let pathname: string;
  do {
    // Back or Forward while this loads moves to another page: load that one's too.
    pathname = window.location.pathname;
    await Promise.all([
      loadLanguage(pageLanguage(languageSegmentAt(pathname))),
      preloadPagesAt(pathname),
    ]);
  } while (pathname !== window.location.pathname);
  const history = browserHistory();
  if (prerendered?.url != null && samePage(prerendered.url, pathname)) {
    startTransition(() => {
      hydrateRoot(container, <App pageState={prerendered} history={history} />);
    });
  } else {
    const pageState: PageState = { url: null, now: new Date().toISOString() };
    createRoot(container).render(<App pageState={pageState} history={history} />);
  }
}
