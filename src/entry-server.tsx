// Renders pages to static HTML at build time (see src/build/prerender.mjs), with React Router's
// static data APIs: the same routes, loaders and components as the browser.
import { prerender } from 'react-dom/static';
import {
  createStaticHandler,
  createStaticRouter,
  matchRoutes,
  StaticRouterProvider,
} from 'react-router';
import { Document, type DocumentAssets } from './app/document';
import { languageDataIn } from './app/language-loader';
import { personJsonLd } from './app/person-json-ld';
import { prerenderedState } from './app/prerendered-state';
import { routePages } from './app/route-pages';
import { routes } from './app/routes';
import { resumePdfPath } from './app/resume-pdf-path';
import type { ResumeBuildContext } from './app/routes/resume-loader';
import { languages, type Language } from './config/languages';
import { basePath, paths, withBasePath } from './config/paths';
import { absoluteUrl, siteUrl } from './config/site';
import { loadResume } from './content/load-resume';
import { iconFileName } from './content/site-icon';
import { careerTimelineCode } from './features/timeline/components/career-timeline-code';

export { siteUrl };
export { homeRouteId } from './app/routes';
export { startScript } from './app/start-script';
export { themeScript } from './app/theme-script';
export type { DocumentAssets };

export { basePath };

/**
 * The ids of the routes that show `path`: a lazily loaded route's code is in the chunks named after
 * its id (`work-page`, `work-loader`), which the entry fetches on its pages once they have loaded.
 */
export function routeIdsFor(path: string): string[] {
  return (matchRoutes(routes, path) ?? []).flatMap(({ route }) => (route.id ? [route.id] : []));
}

/** Every page of the site, in every language, as the routes list them (route-pages.ts). */
export async function pagePaths(): Promise<string[]> {
  const pagesPerLanguage = await Promise.all(
    languages.map(async (language) => routePages(routes, language, await loadResume(language))),
  );
  return pagesPerLanguage.flat();
}

/** Each language's résumé page, the PDF the build makes of it, and that PDF's metadata. */
export async function resumeDocuments(): Promise<
  {
    language: Language;
    htmlLang: string;
    page: string;
    pdf: string;
    author?: string;
    subject?: string;
  }[]
> {
  return Promise.all(
    languages.map(async (language) => {
      const resume = await loadResume(language);
      return {
        language,
        htmlLang: language,
        page: paths.resume(language),
        pdf: await resumePdfPath(language),
        author: resume.basics.name,
        subject: resume.basics.label,
      };
    }),
  );
}

export interface RenderedPage {
  status: number;
  html: string;
}

/**
 * The complete HTML of the page at `path` (a site path such as `/en/projects/raft/`). With
 * `hydrate`, the router's data goes along so the browser hydrates the page instead of rendering it.
 */
export async function renderPage(
  path: string,
  assets: DocumentAssets,
  { hydrate = true, resumePdf = false } = {},
): Promise<RenderedPage> {
  await careerTimelineCode.load();
  const handler = createStaticHandler(routes, { basename: basePath });
  const url = new URL(withBasePath(path), 'http://localhost');
  const requestContext: ResumeBuildContext = { resumePdf };
  const context = await handler.query(new Request(url), { requestContext });
  if (context instanceof Response) throw new Error(`${path} redirects; only pages are prerendered`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const { language, resume } = languageDataIn(context.loaderData);
  const isHome = path === paths.home(language);
  const hydration =
    hydrate && !context.errors
      ? prerenderedState(url.pathname, {
          loaderData: context.loaderData,
          actionData: context.actionData,
        })
      : undefined;

  // prerender (not renderToString) waits for lazy parts, such as the timeline, to render in full.
  const { prelude } = await prerender(
    <Document
      htmlLang={language}
      assets={assets}
      icon={`${basePath}${iconFileName}`}
      jsonLd={isHome ? personJsonLd(resume, absoluteUrl(path)) : undefined}
      hydration={hydration}
    >
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </Document>,
    // Never outline a large Suspense boundary (the timeline): outlined parts are put in place by an
    // inline script, which the CSP does not allow. A static page has no use for streaming anyway.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  return { status: context.statusCode, html };
}
