import { createContext, use } from 'react';

/** The résumé page's own data, which only that page's document carries (see resume-page-data.ts). */
export interface ResumePageData {
  /** His phone number: this page alone shows it, so this page's HTML alone carries it. */
  phone: string | null;
  /** The PDF's URL, when the build made one; otherwise the page offers none. */
  pdf: string | null;
}

/**
 * What the document was rendered with: the prerenderer writes it into the page (less the résumé,
 * which the browser loads as its own chunk that every page shares), and the browser hydrates with
 * the same.
 */
export interface PageState {
  /** The URL the document was prerendered for; null when the browser rendered it (development, 404.html). */
  url: string | null;
  /** When the page was rendered (ISO 8601): "now" for the timeline, fixed so rendering stays pure. */
  now: string;
  /** On the résumé page's document, that page's data. */
  resumePage?: ResumePageData;
}

/** The id of the element a prerendered page carries its state in, as JSON (document.tsx). */
export const pageStateElementId = 'page-state';

/** The state this document was prerendered with, if it was (404.html and development have none). */
export function readPrerenderedState(): PageState | null {
  const element = document.getElementById(pageStateElementId);
  return element?.textContent ? (JSON.parse(element.textContent) as PageState) : null;
}

/** Whether two paths name the same page (with or without the trailing slash). */
export function samePage(a: string, b: string): boolean {
  const trimmed = (path: string) => path.replace(/\/$/, '');
  return trimmed(a) === trimmed(b);
}

export const PageStateContext = createContext<PageState | null>(null);

/** The state the page was rendered with (see SiteRoutes). */
export function usePageState(): PageState {
  const state = use(PageStateContext);
  if (!state) throw new Error('usePageState is used outside SiteRoutes');
  return state;
}
