import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { basePath } from '../config/paths';
import { loadResume } from '../content/load-resume';
import { loadLanguageStrings } from '../i18n/config';
import { App } from './app';
import { hydrationData, prerenderedLanguage, readPrerenderedState } from './prerendered-state';
import { routes } from './routes';

/** Loads the code of lazy routes matching the URL, so the first render has every component. */
async function resolveLazyRoutes(pathname: string) {
  const matches = matchRoutes(routes, pathname, basePath) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy());
      (route as RouteObject).lazy = undefined;
    }),
  );
}

/**
 * Brings the page to life: hydrates a prerendered page, or renders one from scratch (development,
 * and 404.html, which is served for any unknown URL) once its route is ready.
 *
 * Hydration runs in a transition, so React yields to the browser between components instead of
 * holding the main thread for the whole document: the page is already readable and its links
 * already work, so nobody waits on it.
 */
export async function startApp(container: HTMLElement) {
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
      basename: basePath,
      hydrationData: hydrationData(prerendered, resume),
    });
    startTransition(() => {
      hydrateRoot(container, <App router={router} />);
    });
  } else {
    const router = createBrowserRouter(routes, { basename: basePath });
    // 404.html already shows a not-found page: it is replaced once, by the page ready to show,
    // never by an empty one while the route's code and data load.
    await initialized(router);
    createRoot(container).render(<App router={router} />);
  }
}

/** Resolves once the router has loaded the code and data of the page it starts on. */
function initialized(router: ReturnType<typeof createBrowserRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
