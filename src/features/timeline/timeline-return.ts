import { paths } from '../../config/paths';
import type { Language } from '../../config/languages';
import { writeTimelineUrlState } from './timeline-url';

/**
 * How the timeline and the detail pages hand the visitor's view back and forth.
 *
 * The home page keeps its timeline view in its URL: `?view=2019-03-15..2021-08-02&focus=<id>` (the
 * visible time window, and the node to highlight and focus). Browser Back therefore restores the view
 * by itself. A timeline node's link also passes that search string as router state, so a detail page's
 * own "back to the timeline" link, and its previous/next links (which pass the state on), lead back to
 * the same view with the page's own item highlighted.
 */
export interface TimelineLinkState {
  timelineSearch: string;
}

export function isTimelineLinkState(state: unknown): state is TimelineLinkState {
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof (state as Partial<TimelineLinkState>).timelineSearch === 'string'
  );
}

/** The state a timeline's link hands its detail page: the home page's query string, less the focus. */
export function timelineLinkState(search: string): TimelineLinkState {
  return { timelineSearch: writeTimelineUrlState(search, { focus: null }) };
}

/** The home page URL that shows the timeline as the visitor left it, with `itemId` highlighted. */
export function timelineReturnHref(language: Language, itemId: string, state: unknown): string {
  const search = new URLSearchParams(isTimelineLinkState(state) ? state.timelineSearch : '');
  search.set('focus', itemId);
  return `${paths.home(language)}?${search.toString()}`;
}
