import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { App } from './app/app';
import { hydrationData, prerenderedLanguage, readPrerenderedState } from './app/prerendered-state';
import { routes } from './app/routes';
import { preferredLanguage } from './config/language-preference';
import { basePath } from './config/paths';
import { loadResume } from './content/load-resume';
import { loadLanguageStrings } from './i18n/config';
import './styles/global.css';
import './styles/print.css';

const basename = basePath;

/** Loads the code of lazy routes matching the URL, so the first render has every component. */
async function resolveLazyRoutes(pathname: string) {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy());
      (route as RouteObject).lazy = undefined;
    }),
  );
}

async function start(container: HTMLElement) {
  const prerendered = readPrerenderedState();
  const trimmed = (path: string) => path.replace(/\/$/, '');
  if (prerendered && trimmed(prerendered.url) === trimmed(window.location.pathname)) {
    const { language } = prerenderedLanguage(prerendered);
    const [resume] = await Promise.all([
      loadResume(language),
      loadLanguageStrings(language),
      resolveLazyRoutes(window.location.pathname),
    ]);
    const router = createBrowserRouter(routes, {
      basename,
      hydrationData: hydrationData(prerendered, resume),
    });
    hydrateRoot(container, <App router={router} />);
  } else {
    // Development, or 404.html (served for any unknown URL): render for the URL in the address bar.
    const router = createBrowserRouter(routes, { basename });
    createRoot(container).render(<App router={router} />);
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
if (window.location.pathname === basename || window.location.pathname === `${basename}index.html`) {
  // The root page shows the default language; send the visitor to theirs (remembered, or the browser's).
  window.location.replace(
    `${basename}${preferredLanguage()}/${window.location.search}${window.location.hash}`,
  );
} else {
  void start(container);
}
