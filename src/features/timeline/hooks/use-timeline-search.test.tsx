// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useTimelineSearch, type TimelineUrl } from './use-timeline-search';

/**
 * A browser router (jsdom keeps a real history) whose page holds the hook, with a loader as the
 * site's language route has one.
 */
function renderTimelineSearch(initial: string) {
  window.history.replaceState(null, '', initial);
  const seen: { current: TimelineUrl | null } = { current: null };
  function Page() {
    seen.current = useTimelineSearch();
    return null;
  }
  const router = createBrowserRouter([
    {
      path: '/:lang',
      loader: () => null,
      HydrateFallback: () => null,
      shouldRevalidate: () => false,
      children: [{ index: true, Component: Page }],
    },
  ]);
  render(<RouterProvider router={router} />);
  return { router, hook: () => seen.current! };
}

const window2020: [Date, Date] = [new Date('2020-01-01T00:00Z'), new Date('2021-01-01T00:00Z')];

/** Lets the current task end, as it does between a gesture's end and a click. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('useTimelineSearch', () => {
  it('lets a reset written while a zoom is still on its way win', async () => {
    const { router, hook } = await act(async () => renderTimelineSearch('/en/?tech=rust'));
    await act(async () => {
      const { update } = hook();
      const zoom = update({ view: window2020 }, 'replace');
      const reset = update({ view: null }, 'replace');
      await Promise.all([zoom, reset]);
    });
    expect(router.state.location.search).toBe('?tech=rust');
    expect(hook().state.view).toBeNull();
  });

  it('keeps both of two writes to different parts, the second made before the first has rendered', async () => {
    const { router, hook } = await act(async () => renderTimelineSearch('/en/'));
    await act(async () => {
      const { update } = hook();
      void update({ view: window2020 }, 'replace');
      await nextTask();
      await update({ tech: 'rust' }, 'push');
    });
    expect(hook().state).toMatchObject({ tech: 'rust', view: window2020 });
    expect(router.state.location.pathname).toBe('/en/');
  });

  it('starts from the new location after Back', async () => {
    const { router, hook } = await act(async () => renderTimelineSearch('/en/'));
    await act(() => hook().update({ tech: 'rust' }, 'push'));
    await act(() => hook().update({ tech: 'java' }, 'push'));
    await act(() => router.navigate(-1));
    expect(hook().state.tech).toBe('rust');
    await act(() => hook().update({ view: window2020 }, 'replace'));
    expect(hook().state).toMatchObject({ tech: 'rust', view: window2020 });
  });

  it('counts an arrival for Back, Forward and a link, and none for its own writes', async () => {
    const { router, hook } = await act(async () => renderTimelineSearch('/en/'));
    const start = hook().arrival;
    await act(() => hook().update({ view: window2020 }, 'replace'));
    await act(() => hook().update({ tech: 'rust' }, 'push'));
    expect(hook().arrival).toBe(start);
    await act(() => router.navigate(-1));
    expect(hook().arrival).toBe(start + 1);
    await act(() => router.navigate(1));
    expect(hook().arrival).toBe(start + 2);
    await act(() => router.navigate('/en/?tech=java'));
    expect(hook().arrival).toBe(start + 3);
    expect(hook().state.tech).toBe('java');
  });
});
