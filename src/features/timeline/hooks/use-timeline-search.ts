import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
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
  const latest = useRef(location);
  useEffect(() => {
    latest.current = location;
  });
  const update = useCallback(
    async (changes: Partial<TimelineUrlState>, mode: 'replace' | 'push') => {
      const { pathname, search: current, hash, state: routerState } = latest.current;
      const next = writeTimelineUrlState(current, changes);
      if (next === writeTimelineUrlState(current, {})) return;
      await navigate(
        { pathname, search: next, hash },
        { replace: mode === 'replace', preventScrollReset: true, state: routerState },
      );
    },
    [navigate],
  );
  return { state, search, update };
}
