import { use } from 'react';
import { useLocation } from 'react-router';
import type { Language } from '../../config/languages';
import { withBasePath } from '../../config/paths';
import { loadResume } from '../../content/load-resume';
import { samePage, usePageState, type ResumePageData } from '../page-state';
import { resumePdfPath } from '../resume-pdf-path';
import { useLanguageData } from '../use-language-data';

/** What the prerenderer tells renderPage (entry-server.tsx). */
export interface ResumeBuildContext {
  /** The build makes the PDFs (it found a Chromium). */
  resumePdf?: boolean;
}

/** The résumé page's data as the build knows it: the phone number, and the PDF if it makes one. */
export async function resumePageBuildData(
  language: Language,
  { resumePdf = false }: ResumeBuildContext,
): Promise<ResumePageData> {
  const resume = await loadResume(language);
  return {
    phone: resume.basics.phone ?? null,
    pdf: resumePdf ? await resumePdfPath(language) : null,
  };
}

/** Never settles: the document is on its way out. */
let reloading: Promise<never> | undefined;

/**
 * The résumé page's data. The browser's copy of the résumé has no phone number (see
 * resume-module-plugin.ts), so it is in the prerendered page's state, and only that page's: when
 * this document is that page (hydration, Back and Forward), the data is there; otherwise the page
 * is loaded from the server, while the page on screen stays (this suspends a navigation's render).
 */
export function useResumePageData(): ResumePageData {
  const { resume } = useLanguageData();
  const { url, resumePage } = usePageState();
  const { pathname } = useLocation();
  // The development server bundles the whole résumé, and makes no PDF.
  if (import.meta.env.DEV) return { phone: resume.basics.phone ?? null, pdf: null };
  if (resumePage && url !== null && samePage(url, withBasePath(pathname))) return resumePage;
  reloading ??= new Promise<never>(() => window.location.reload());
  return use(reloading);
}
