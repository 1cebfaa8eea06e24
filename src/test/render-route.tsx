import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, type To } from 'react-router';
import { SiteRoutes } from '../app/site-routes';

/**
 * Renders the real app at a URL (and history state, as a timeline node's link carries), as the
 * browser would, and waits for its main heading.
 */
export async function renderRoute(at: string | { pathname: string; state: unknown }) {
  const entry = typeof at === 'string' ? at : { pathname: at.pathname, state: at.state };
  // Awaited: the page suspends until its language's strings and résumé and its code are loaded.
  const view = await act(async () =>
    render(
      <MemoryRouter initialEntries={[entry satisfies To | object]}>
        <SiteRoutes pageState={{ url: null, now: new Date().toISOString() }} />
      </MemoryRouter>,
    ),
  );
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return view;
}
