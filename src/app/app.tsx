import { StrictMode } from 'react';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { basePath } from '../config/paths';
import type { BrowserHistory } from './browser-history';
import { CatchUpWithHistory } from './catch-up-with-history';
import type { PageState } from './page-state';
import { SiteRoutes } from './site-routes';

/** The app in the browser: the router and the site's pages (each sets up its language, see SiteLayout). */
export function App({ pageState, history }: { pageState: PageState; history: BrowserHistory }) {
  return (
    <StrictMode>
      <HistoryRouter history={history} basename={basePath}>
        <CatchUpWithHistory />
        <SiteRoutes pageState={pageState} />
      </HistoryRouter>
    </StrictMode>
  );
}
