// Every stylesheet, in cascade order, is the entry's: the prerenderer inlines it into each page,
// and the page's policy allows no other.
import './features/timeline/timeline.css';
import './styles/global.css';
import './styles/print.css';

/*
 * The entry is small on purpose, and shares no module with the app. A prerendered page works
 * before any script runs (its links are links, its timeline and résumé are in the HTML), so the
 * page's code is fetched only once the page has painted and loaded, and never competes with what
 * the visitor first sees.
 */

/** Resolves once the document and everything it loads are in: the page has painted by then. */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * Fetches, side by side, the modules this page starts with (the app, the language's strings and
 * résumé, a detail page's route), which the prerenderer lists on the entry's script element.
 */
function preloadPageModules() {
  const script = document.querySelector<HTMLScriptElement>('script[data-modules]');
  for (const href of script?.dataset.modules?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

const base = import.meta.env.BASE_URL;
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
if (window.location.pathname === base || window.location.pathname === `${base}index.html`) {
  void import('./app/redirect-root').then(({ redirectRoot }) => redirectRoot());
} else {
  void pageLoaded().then(async () => {
    preloadPageModules();
    const { startApp } = await import('./app/start-app');
    await startApp(container);
  });
}
