import { resumeLoaders, localeLoaders } from 'virtual:site-content';
import { basePath } from './config/paths';
import { preferredLanguage } from './config/language-preference';
// Every stylesheet, in cascade order, is the entry's: the prerenderer inlines it into each page,
// and the page's policy allows no other.
import './features/timeline/timeline.css';
import './styles/global.css';
import './styles/print.css';

/*
 * The entry is small on purpose. A prerendered page works before any script runs (its links are
 * links, its timeline and résumé are in the HTML), so the page's code is fetched only once the page
 * has painted and loaded, and never competes with what the visitor first sees.
 */

/** Resolves once the document and everything it loads are in: the page has painted by then. */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Starts downloading the page's language's résumé and strings alongside the app's code. */
function prefetchLanguage() {
  const language = document.documentElement.lang;
  void resumeLoaders[language]?.();
  void localeLoaders[language]?.();
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
if (window.location.pathname === basePath || window.location.pathname === `${basePath}index.html`) {
  // The root page shows the default language; send the visitor to theirs (remembered, or the browser's).
  window.location.replace(
    `${basePath}${preferredLanguage()}/${window.location.search}${window.location.hash}`,
  );
} else {
  void pageLoaded().then(async () => {
    prefetchLanguage();
    const { startApp } = await import('./app/start-app');
    await startApp(container);
  });
}
