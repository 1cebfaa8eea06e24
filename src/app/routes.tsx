import { data, redirect, type RouteObject } from 'react-router';
import { preferredLanguage } from '../config/language-preference';
import { paths } from '../config/paths';
import { languageLoader, languageRouteId } from './language-loader';
import type { PagesHandle } from './route-pages';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { PageError } from './routes/page-error';
import { SiteError } from './routes/site-error';
import { SiteLayout } from './site-layout';

const pages = (list: PagesHandle['pages']): PagesHandle => ({ pages: list });

/** The home page's route: the page with the career timeline, whose code it loads once hydrated. */
export const homeRouteId = 'home';

/**
 * The site's routes; the first URL segment is always the language. A route with pages to prerender
 * lists them in its `handle`; a lazily loaded route's id names its chunks (see prerender.mjs).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    loader: () => redirect(paths.home(preferredLanguage())),
    HydrateFallback: () => null,
    Component: () => null,
  },
  {
    id: languageRouteId,
    path: '/:lang',
    loader: languageLoader,
    // The query string is the timeline's view and filter: changing it loads nothing new.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate,
    Component: SiteLayout,
    ErrorBoundary: SiteError,
    HydrateFallback: () => null,
    children: [
      {
        // A pathless route, so that a page's error keeps the site's header and language switcher.
        ErrorBoundary: PageError,
        children: [
          {
            id: homeRouteId,
            index: true,
            Component: HomePage,
            handle: pages((language) => [paths.home(language)]),
          },
          // Detail pages are split from the home page's code. (The function form of `lazy`, because
          // the object form empties the shared route definitions, so a second router gets nothing.)
          {
            id: 'work',
            path: 'work/:workId',
            handle: pages((language, resume) =>
              resume.work.map((entry) => paths.work(language, entry.id)),
            ),
            lazy: async () => {
              const [{ workLoader }, { WorkPage }] = await Promise.all([
                import('./routes/work-loader'),
                import('./routes/work-page'),
              ]);
              return { loader: workLoader, Component: WorkPage };
            },
          },
          {
            id: 'project',
            path: 'projects/:projectId',
            handle: pages((language, resume) =>
              resume.projects.map((project) => paths.project(language, project.id)),
            ),
            lazy: async () => {
              const [{ projectLoader }, { ProjectPage }] = await Promise.all([
                import('./routes/project-loader'),
                import('./routes/project-page'),
              ]);
              return { loader: projectLoader, Component: ProjectPage };
            },
          },
          {
            // Its own id, so that the browser finds its data in the prerendered page (resume-loader.ts).
            id: 'resume',
            path: 'resume',
            handle: pages((language) => [paths.resume(language)]),
            lazy: async () => {
              const [{ resumeLoader }, { ResumePage }] = await Promise.all([
                import('./routes/resume-loader'),
                import('./routes/resume-page'),
              ]);
              return { loader: resumeLoader, Component: ResumePage };
            },
          },
          {
            // A 404 (not a page), so that PageError shows the not-found page and a server says 404.
            path: '*',
            loader: () => {
              throw data(null, { status: 404 });
            },
            Component: NotFoundPage,
          },
        ],
      },
    ],
  },
];
