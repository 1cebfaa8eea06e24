import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router';
import { basePath } from '../config/paths';
import type { PageState } from './page-state';
import { SiteRoutes } from './site-routes';

/** The app in the browser: the router and the site's pages (each sets up its language, see SiteLayout). */
export function App({ pageState }: { pageState: PageState }) {
  return (
    <StrictMode>
      <BrowserRouter basename={basePath}>
        <SiteRoutes pageState={pageState} />
      </BrowserRouter>
    </StrictMode>
  );
}
