import { useCallback, useMemo, useState } from 'react';
import { useHref, useLocation, useNavigate, useNavigationType } from 'react-router';
import { useHydrated } from '../../../components/use-hydrated';
import {
  isTimelineWrite,
  readTimelineUrlState,
  timelineWrite,
  writeTimelineUrlState,
  type TimelineUrlState,
} from '../timeline-url';

export interface TimelineUrl {
  /** The state in the URL; empty until hydrated, as the prerendered page knows no query string. */
  state: TimelineUrlState;
  /** The query string the state was read from. */
  search: string;
  /**
   * Counts the visitor's arrivals at a URL the timeline did not write: hydration, Back and Forward,
   * a link (a technology, the language switcher). A chart follows the URL when this changes, and
   * keeps its own view when the URL changes because the chart wrote it.
   */
  arrival: number;
  /**
   * Writes parts of the state through the router, so that every link built from the location (the
   * language switcher's) follows: `replace` for a continuous change (a zoom gesture), `push` for a
   * step Back should undo.
   */
  update: (changes: Partial<TimelineUrlState>, mode: 'replace' | 'push') => Promise<void>;
}

/** The one owner of the timeline's URL state: read from the router's location, written through it. */
export function useTimelineSearch(): TimelineUrl {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  const state = useMemo(() => readTimelineUrlState(search), [search]);

  const entry = hydrated ? location.key : 'prerendered';
  const [seen, setSeen] = useState({ entry, arrival: 0 });
  if (seen.entry !== entry) {
    // Back and Forward come to an entry the timeline may have written; the visitor chose them all the same.
    const written = navigationType !== 'POP' && isTimelineWrite(location.state);
    setSeen({ entry, arrival: written ? seen.arrival : seen.arrival + 1 });
  }

  const { pathname } = location;
  const href = useHref({ pathname });
  const update = useCallback(
    async (changes: Partial<TimelineUrlState>, mode: 'replace' | 'push') => {
      // The browser's URL, not the rendered location: a write the router has made but React has not
      // rendered yet is already there, so that a reset pressed just after a zoom's write starts from it.
      const { pathname: shown, search: current, hash } = globalThis.location;
      // A link the visitor followed (the language switcher's, say) is on its way to another page:
      // a write now would cancel it, and the view will follow where it leads.
      if (shown !== href) return;
      await navigate(
        { pathname, search: writeTimelineUrlState(current, changes), hash },
        { replace: mode === 'replace', state: timelineWrite },
      );
    },
    [navigate, pathname, href],
  );
  return { state, search, arrival: seen.arrival, update };
}
