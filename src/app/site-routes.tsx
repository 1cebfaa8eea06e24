import { useLocation, useRoutes } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { PageStateContext, type PageState } from './page-state';
import { routes } from './routes';
import { SiteError } from './routes/site-error';

/**
 * The page at the router's location, in the browser, the prerenderer and the tests alike. Anything
 * that fails outside a page (the language's strings or résumé could not load) is the last-resort
 * message.
 */
export function SiteRoutes({ pageState }: { pageState: PageState }) {
  const page = useRoutes(routes);
  const { pathname } = useLocation();
  return (
    <PageStateContext value={pageState}>
      <ErrorBoundary resetKey={pathname} fallback={(error) => <SiteError error={error} />}>
        {page}
      </ErrorBoundary>
    </PageStateContext>
  );
}
