// Renders pages to static HTML at build time (see src/build/prerender.mjs): the same routes and
// components as the browser, under React Router's static router.
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { Document, type DocumentAssets } from './app/document';
import { loadLanguage, pageLanguage } from './i18n/load-language';
import type { PageState } from './app/page-state';
import { PageStatusContext, type PageStatus } from './app/page-status';
import { personJsonLd } from './app/person-json-ld';
import { routePages } from './app/route-pages';
import { resumeRouteId } from './app/resume-route';
import { languageSegmentAt, preloadPagesAt, routeIdsAt, routes } from './app/routes';
import { resumePdfPath } from './app/resume-pdf-path';
import { resumePageBuildData } from './app/routes/resume-page-data';
import { SiteRoutes } from './app/site-routes';
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
 * its id (`work-page`), which the entry fetches on its pages once they have loaded.
 */
export function routeIdsFor(path: string): string[] {
  return routeIdsAt(withBasePath(path));
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
 * The complete HTML of the page at `path` (a site path such as `/en/projects/raft/`), and its status
 * (404 for the not-found page). With `hydrate`, the page carries the state the browser hydrates it
 * with; with `resumePdf`, the résumé page links to the PDF the build makes of it.
 */
export async function renderPage(
  path: string,
  assets: DocumentAssets,
  { hydrate = true, resumePdf = false } = {},
): Promise<RenderedPage> {
  const url = withBasePath(path);
  const language = pageLanguage(languageSegmentAt(url));
  const [resume] = await Promise.all([
    loadLanguage(language),
    preloadPagesAt(url),
    careerTimelineCode.load(),
  ]);
  const pageState: PageState = {
    url,
    now: new Date().toISOString(),
    ...(routeIdsFor(path).includes(resumeRouteId) && {
      resumePage: await resumePageBuildData(language, { resumePdf }),
    }),
  };
  const pageStatus: PageStatus = { status: 200 };
  const isHome = path === paths.home(language);

  // prerender (not renderToString) waits for lazy parts, such as the timeline, to render in full.
  const { prelude } = await prerender(
    <Document
      htmlLang={language}
      assets={assets}
      icon={`${basePath}${iconFileName}`}
      jsonLd={isHome ? personJsonLd(resume, absoluteUrl(path)) : undefined}
      pageState={hydrate ? pageState : undefined}
    >
      <PageStatusContext value={pageStatus}>
        <StaticRouter location={url} basename={basePath}>
          <SiteRoutes pageState={pageState} />
        </StaticRouter>
      </PageStatusContext>
    </Document>,
    // Never outline a large Suspense boundary (the timeline): outlined parts are put in place by an
    // inline script, which the CSP does not allow. A static page has no use for streaming anyway.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  return { status: pageStatus.status, html };
}
