import { data, redirectDocument, type LoaderFunctionArgs } from 'react-router';
import { isLanguage, type Language } from '../../config/languages';
import { loadResume } from '../../content/load-resume';
import { resumePdfPath } from '../resume-pdf-path';
import { readPrerenderedState } from '../prerendered-state';

/** The résumé route's id, so that its data can be found in a prerendered page's state. */
export const resumeRouteId = 'resume';

export interface ResumePageData {
  /** His phone number: this page alone shows it, so this page's HTML alone carries it. */
  phone: string | null;
  /** The PDF's URL, when the build made one; otherwise the page offers none. */
  pdf: string | null;
}

/** What the prerenderer tells the loader (see renderPage in entry-server.tsx). */
export interface ResumeBuildContext {
  /** The build makes the PDFs (it found a Chromium). */
  resumePdf?: boolean;
}

const trimmed = (path: string) => path.replace(/\/$/, '');

/**
 * The résumé page's data. The browser's copy of the résumé has no phone number (see
 * resume-module-plugin.ts), so the browser takes this data from the prerendered page: from
 * this document when it is that page (hydration, Back and Forward), else by loading that page.
 */
export async function resumeLoader({
  params,
  request,
  context,
}: LoaderFunctionArgs): Promise<ResumePageData> {
  if (!isLanguage(params.lang)) throw data(null, { status: 404 });
  if (import.meta.env.SSR) return buildTimeData(params.lang, context as ResumeBuildContext);
  if (import.meta.env.DEV) {
    // The development server bundles the whole résumé; it has no PDF.
    return { phone: (await loadResume(params.lang)).basics.phone ?? null, pdf: null };
  }
  const { pathname } = new URL(request.url);
  const prerendered = readPrerenderedState();
  const own = prerendered?.data.loaderData?.[resumeRouteId] as ResumePageData | undefined;
  if (prerendered && own && trimmed(prerendered.url) === trimmed(pathname)) return own;
  if (trimmed(window.location.pathname) === trimmed(pathname)) {
    // This document is at the résumé's URL but is not the prerendered page: loading it again
    // would come back here.
    throw new Error(`${pathname} is not the prerendered résumé page; reload it from the server`);
  }
  throw redirectDocument(request.url);
}

async function buildTimeData(
  language: Language,
  context: ResumeBuildContext | undefined,
): Promise<ResumePageData> {
  const resume = await loadResume(language);
  return {
    phone: resume.basics.phone ?? null,
    pdf: context?.resumePdf ? await resumePdfPath(language) : null,
  };
}
