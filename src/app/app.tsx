import { StrictMode } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';

/** The app in the browser: the router (each page sets up its language, see SiteLayout). */
export function App({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
}
