// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SiteError } from './site-error';

describe('the last-resort error page', () => {
  it('is titled as its heading says, in both languages, and shows what failed', async () => {
    const router = createMemoryRouter([
      {
        path: '/',
        loader: () => {
          throw new Error('Failed to fetch the strings');
        },
        Component: () => null,
        ErrorBoundary: SiteError,
      },
    ]);
    render(<RouterProvider router={router} />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch the strings');
    expect(document.title).toBe(heading.textContent);
  });
});
