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
 * The modules this page starts with (the app, the language's strings and résumé, a detail page's
 * route), each after the modules it imports, and those it loads once it has hydrated (the home
 * page's timeline), as the prerenderer lists them on the inline script that imports this entry
 * (src/app/start-script.ts).
 */
function pageModules(): { now: string[]; later: string[] } {
  const { dataset } = document.querySelector<HTMLScriptElement>('script[data-modules]') ?? {};
  const list = (value?: string) => value?.split(' ').filter(Boolean) ?? [];
  return { now: list(dataset?.modules), later: list(dataset?.laterModules) };
}

/** Ends the current task, so that the browser may paint and answer input before the next. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Fetches the modules side by side, without running them yet. One request per task: on a
 * phone-class CPU (Chromium, 4× slowdown) starting all seven in the entry's task took 12–20 ms, and
 * in 3 of 6 loads made that task 44–86 ms long; one per task, it stayed under 50 ms in 14 of 14.
 */
async function preload(modules: string[]) {
  for (const href of modules) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
    await nextTask();
  }
}

const base = import.meta.env.BASE_URL;
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
if (window.location.pathname === base || window.location.pathname === `${base}index.html`) {
  void import('./app/redirect-root').then(({ redirectRoot }) => redirectRoot());
} else {
  void pageLoaded().then(async () => {
    const { now: modules, later } = pageModules();
    await preload(modules);
    // One module per task, each after those it imports, rather than the whole app in one task:
    // on a phone-class CPU (Chromium, 4× slowdown, no DevTools attached) each took 0–24 ms, where
    // the app with everything it imports took 35–64 ms as one task.
    for (const href of modules) {
      await import(/* @vite-ignore */ href);
      await nextTask();
    }
    // Fetched while the page hydrates, not beside the modules above, whose bytes it would share
    // the link with: the page would hydrate later.
    await preload(later);
    const { startApp } = await import('./app/start-app');
    await startApp(container);
  });
}
