import { createContext, use } from 'react';

/** The HTTP status of a page being prerendered: 200 unless the page says otherwise. */
export interface PageStatus {
  status: number;
}

/** Given only where pages are prerendered (entry-server.tsx); the browser has no status to set. */
export const PageStatusContext = createContext<PageStatus | null>(null);

/** Marks the page being prerendered as not found, so that the build serves it as a 404. */
export function useNotFoundStatus() {
  const record = use(PageStatusContext);
  if (record) record.status = 404;
}
