import type { RouteObject } from 'react-router';
import type { Language } from '../config/languages';
import type { Resume } from '../content/schema';

/** What a route's `handle` says about the pages it shows, so the route list owns the page list. */
export interface PagesHandle {
  /** The site paths of the route's pages in `language`, for the prerenderer and the sitemap. */
  pages: (language: Language, resume: Resume) => string[];
}

/** Every page the routes show in `language`, in route order. */
export function routePages(routes: RouteObject[], language: Language, resume: Resume): string[] {
  return routes.flatMap((route) => [
    ...((route.handle as Partial<PagesHandle> | undefined)?.pages?.(language, resume) ?? []),
    ...routePages(route.children ?? [], language, resume),
  ]);
}
