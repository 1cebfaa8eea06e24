// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { BrowserRouter, Route, Routes, useLocation, useNavigate, type To } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useTimelineSearch, type TimelineUrl } from './use-timeline-search';

/** A browser router (jsdom keeps a real history) whose page holds the hook. */
function renderTimelineSearch(initial: string) {
  window.history.replaceState(null, '', initial);
  const seen: {
    hook: TimelineUrl | null;
    location: ReturnType<typeof useLocation> | null;
    navigate: ReturnType<typeof useNavigate> | null;
  } = { hook: null, location: null, navigate: null };
  function Page() {
    seen.hook = useTimelineSearch();
    seen.location = useLocation();
    seen.navigate = useNavigate();
    return null;
  }
  render(
    <BrowserRouter>
      <Routes>
        <Route path="/:lang" element={<Page />} />
      </Routes>
    </BrowserRouter>,
  );
  /** Goes through history as Back (-1), Forward (1) or a link does, once the router has followed. */
  const go = async (to: number | To) => {
    const moved =
      typeof to === 'number'
        ? new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
        : null;
    if (typeof to === 'number') void seen.navigate!(to);
    else void seen.navigate!(to);
    await moved;
  };
  return { hook: () => seen.hook!, location: () => seen.location!, go };
}

const window2020: [Date, Date] = [new Date('2020-01-01T00:00Z'), new Date('2021-01-01T00:00Z')];

/** Lets the current task end, as it does between a gesture's end and a click. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('useTimelineSearch', () => {
  it('lets a reset written while a zoom is still on its way win', async () => {
    const { location, hook } = await act(async () => renderTimelineSearch('/en/?tech=rust'));
    await act(async () => {
      const { update } = hook();
      const zoom = update({ view: window2020 }, 'replace');
      const reset = update({ view: null }, 'replace');
      await Promise.all([zoom, reset]);
    });
    expect(location().search).toBe('?tech=rust');
    expect(hook().state.view).toBeNull();
  });

  it('keeps both of two writes to different parts, the second made before the first has rendered', async () => {
    const { location, hook } = await act(async () => renderTimelineSearch('/en/'));
    await act(async () => {
      const { update } = hook();
      void update({ view: window2020 }, 'replace');
      await nextTask();
      await update({ tech: 'rust' }, 'push');
    });
    expect(hook().state).toMatchObject({ tech: 'rust', view: window2020 });
    expect(location().pathname).toBe('/en/');
  });

  it('starts from the new location after Back', async () => {
    const { go, hook } = await act(async () => renderTimelineSearch('/en/'));
    await act(() => hook().update({ tech: 'rust' }, 'push'));
    await act(() => hook().update({ tech: 'java' }, 'push'));
    await act(() => go(-1));
    expect(hook().state.tech).toBe('rust');
    await act(() => hook().update({ view: window2020 }, 'replace'));
    expect(hook().state).toMatchObject({ tech: 'rust', view: window2020 });
  });

  it('writes nothing while the browser is on its way to another page, which would cancel it', async () => {
    const { hook } = await act(async () => renderTimelineSearch('/en/'));
    const { update } = hook();
    // The address has changed (a link's navigation) but the page has not been rendered yet.
    window.history.pushState(null, '', '/zh/');
    await act(() => update({ tech: 'rust' }, 'push'));
    expect(window.location.pathname).toBe('/zh/');
    expect(window.location.search).toBe('');
  });

  it('counts an arrival for Back, Forward and a link, and none for its own writes', async () => {
    const { go, hook } = await act(async () => renderTimelineSearch('/en/'));
    const start = hook().arrival;
    await act(() => hook().update({ view: window2020 }, 'replace'));
    await act(() => hook().update({ tech: 'rust' }, 'push'));
    expect(hook().arrival).toBe(start);
    await act(() => go(-1));
    expect(hook().arrival).toBe(start + 1);
    await act(() => go(1));
    expect(hook().arrival).toBe(start + 2);
    await act(() => go('/en/?tech=java'));
    expect(hook().arrival).toBe(start + 3);
    expect(hook().state.tech).toBe('java');
  });
});
