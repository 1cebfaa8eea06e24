import { matchRoutes, Navigate, type RouteObject } from 'react-router';
import { preferredLanguage } from '../config/language-preference';
import { basePath, paths } from '../config/paths';
import { lazyPage, type LazyPage } from './lazy-page';
import { resumeRouteId, resumeRoutePath } from './resume-route';
import type { PagesHandle } from './route-pages';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { SiteLayout } from './site-layout';

const pages = (list: PagesHandle['pages']): PagesHandle => ({ pages: list });

/** The home page's route: the page with the career timeline, whose code it loads once hydrated. */
export const homeRouteId = 'home';

/**
 * The detail pages, each split from the home page's code into chunks named after its route's id
 * (`work-page`), which prerender.mjs lists on the pages they show.
 */
const workPage = lazyPage(async () => (await import('./routes/work-page')).WorkPage);
const projectPage = lazyPage(async () => (await import('./routes/project-page')).ProjectPage);
const resumePage = lazyPage(async () => (await import('./routes/resume-page')).ResumePage);
const lazyPages: Record<string, LazyPage> = {
  work: workPage,
  project: projectPage,
  [resumeRouteId]: resumePage,
};

/**
 * The site's routes; the first URL segment is always the language. A route with pages to prerender
 * lists them in its `handle`.
 */
export const routes: RouteObject[] = [
  {
    // The entry sends the root to the visitor's language before the app starts (main.tsx); this
    // is for a link to it.
    path: '/',
    Component: () => <Navigate to={paths.home(preferredLanguage())} replace />,
  },
  {
    path: '/:lang',
    Component: SiteLayout,
    children: [
      {
        id: homeRouteId,
        index: true,
        Component: HomePage,
        handle: pages((language) => [paths.home(language)]),
      },
      {
        id: 'work',
        path: 'work/:workId',
        Component: workPage.Component,
        handle: pages((language, resume) =>
          resume.work.map((entry) => paths.work(language, entry.id)),
        ),
      },
      {
        id: 'project',
        path: 'projects/:projectId',
        Component: projectPage.Component,
        handle: pages((language, resume) =>
          resume.projects.map((project) => paths.project(language, project.id)),
        ),
      },
      {
        id: resumeRouteId,
        path: resumeRoutePath,
        Component: resumePage.Component,
        handle: pages((language) => [paths.resume(language)]),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

/** The ids of the routes that show `pathname` (a URL path, under the site's base path). */
export function routeIdsAt(pathname: string): string[] {
  return (matchRoutes(routes, pathname, basePath) ?? []).flatMap(({ route }) =>
    route.id ? [route.id] : [],
  );
}

/** The first segment of `pathname` (a URL path, under the site's base path): the page's language. */
export function languageSegmentAt(pathname: string): string | undefined {
  return matchRoutes(routes, pathname, basePath)?.find(({ params }) => params.lang)?.params.lang;
}

/** Loads the code of the pages that show `pathname`, so that they render without waiting. */
export async function preloadPagesAt(pathname: string): Promise<void> {
  await Promise.all(routeIdsAt(pathname).map((id) => lazyPages[id]?.preload()));
}
