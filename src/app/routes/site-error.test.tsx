// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { originalLanguage } from '../../config/languages';
import { SiteRoutes } from '../site-routes';

// The language's strings cannot be loaded, as on a network error.
vi.mock('../../i18n/config', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../i18n/config')>()),
  loadLanguageStrings: () => Promise.reject(new Error('Failed to fetch the strings')),
}));

describe('the last-resort error page', () => {
  // React reports the caught error on the console; the test expects it.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  afterEach(() => consoleError.mockClear());

  it('is titled as its heading says, in both languages, and shows what failed', async () => {
    await act(async () =>
      render(
        <MemoryRouter initialEntries={[`/${originalLanguage}/`]}>
          <SiteRoutes pageState={{ url: null, now: new Date().toISOString() }} />
        </MemoryRouter>,
      ),
    );
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch the strings');
    expect(document.title).toBe(heading.textContent);
  });
});
