// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useTimelineSearch, type TimelineSearch } from './use-timeline-search';

/** A router whose page holds the hook, with a loader as the site's language route has one. */
function renderTimelineSearch(initial: string) {
  const seen: { current: TimelineSearch | null } = { current: null };
  function Page() {
    seen.current = useTimelineSearch();
    return null;
  }
  const router = createMemoryRouter(
    [
      {
        path: '/:lang',
        loader: () => null,
        HydrateFallback: () => null,
        shouldRevalidate: () => false,
        children: [{ index: true, Component: Page }],
      },
    ],
    { initialEntries: [initial] },
  );
  render(<RouterProvider router={router} />);
  return { router, hook: () => seen.current! };
}

const window: [Date, Date] = [new Date('2020-01-01T00:00Z'), new Date('2021-01-01T00:00Z')];

describe('useTimelineSearch', () => {
  it('lets a reset written while a zoom is still on its way win', async () => {
    const { router, hook } = await act(async () => renderTimelineSearch('/en/?tech=rust'));
    await act(async () => {
      const { update } = hook();
      const zoom = update({ view: window }, 'replace');
      const reset = update({ view: null }, 'replace');
      await Promise.all([zoom, reset]);
    });
    expect(router.state.location.search).toBe('?tech=rust');
    expect(hook().state.view).toBeNull();
  });

  it('keeps both of two quick writes to different parts', async () => {
    const { router, hook } = await act(async () => renderTimelineSearch('/en/'));
    await act(async () => {
      const { update } = hook();
      await Promise.all([update({ view: window }, 'replace'), update({ tech: 'rust' }, 'push')]);
    });
    const state = hook().state;
    expect(state.tech).toBe('rust');
    expect(state.view).toEqual(window);
    expect(router.state.location.pathname).toBe('/en/');
  });

  it('starts from the new location after Back', async () => {
    const { router, hook } = await act(async () => renderTimelineSearch('/en/'));
    await act(() => hook().update({ tech: 'rust' }, 'push'));
    await act(() => hook().update({ tech: 'java' }, 'push'));
    await act(() => router.navigate(-1));
    expect(hook().state.tech).toBe('rust');
    await act(() => hook().update({ view: window }, 'replace'));
    expect(hook().state).toMatchObject({ tech: 'rust', view: window });
  });
});
