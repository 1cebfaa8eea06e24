import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';
import { useHydrated } from '../../../components/use-hydrated';
import {
  readTimelineUrlState,
  writeTimelineUrlState,
  type TimelineUrlState,
} from '../timeline-url';

export interface TimelineSearch {
  /** The state in the URL; empty until hydrated, as the prerendered page knows no query string. */
  state: TimelineUrlState;
  /** The query string the state was read from. */
  search: string;
  /**
   * Writes parts of the state through the router, so that every link built from the location (the
   * language switcher's) follows: `replace` for a continuous change (a zoom gesture), `push` for a
   * step Back should undo.
   */
  update: (changes: Partial<TimelineUrlState>, mode: 'replace' | 'push') => Promise<void>;
}

/** The one owner of the timeline's URL state: read from the router's location, written through it. */
export function useTimelineSearch(): TimelineSearch {
  const location = useLocation();
  const navigate = useNavigate();
  const search = useHydrated() ? location.search : '';
  const state = useMemo(() => readTimelineUrlState(search), [search]);
  /**
   * The writes the router has not rendered yet, oldest first. The next write starts from the newest
   * of them: without that, a reset pressed while a zoom's write is on its way would compare against
   * the old URL, find nothing to change, and let the zoom land after it.
   */
  const pending = useRef<Location[]>([]);
  const rendered = useRef(location);
  useEffect(() => {
    rendered.current = location;
    const index = pending.current.findIndex((write) => write.search === location.search);
    // One of ours has rendered (later ones are still on their way), or the visitor went elsewhere.
    pending.current = index === -1 ? [] : pending.current.slice(index + 1);
  }, [location]);
  const update = useCallback(
    async (changes: Partial<TimelineUrlState>, mode: 'replace' | 'push') => {
      const from = pending.current.at(-1) ?? rendered.current;
      const next = writeTimelineUrlState(from.search, changes);
      if (next === writeTimelineUrlState(from.search, {})) return;
      const target = { pathname: from.pathname, search: next, hash: from.hash };
      pending.current = [...pending.current, { ...from, ...target }];
      await navigate(target, {
        replace: mode === 'replace',
        preventScrollReset: true,
        state: from.state,
      });
    },
    [navigate],
  );
  return { state, search, update };
}
