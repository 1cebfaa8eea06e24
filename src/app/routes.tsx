import { redirect, type RouteObject } from 'react-router';
import { preferredLanguage } from '../config/language-preference';
import { paths } from '../config/paths';
import { languageLoader, languageRouteId } from './language-loader';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { PageError } from './routes/page-error';
import { SiteError } from './routes/site-error';
import { SiteLayout } from './site-layout';

/** The site's routes; the first URL segment is always the language. */
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
    Component: SiteLayout,
    ErrorBoundary: SiteError,
    HydrateFallback: () => null,
    children: [
      {
        // A pathless route, so that a page's error keeps the site's header and language switcher.
        ErrorBoundary: PageError,
        children: [
          { index: true, Component: HomePage },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
