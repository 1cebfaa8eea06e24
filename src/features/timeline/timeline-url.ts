/**
 * The timeline's state as it appears in the home page's URL, so that Back, a reload or a shared link
 * shows the same view: `view=2019-03-15..2021-08-02` (the visible window of the horizontal timeline),
 * `zoom=2` (the vertical timeline's zoom) and `focus=<id>` (the node to highlight).
 */
export interface TimelineUrlState {
  view: [Date, Date] | null;
  zoom: number | null;
  focus: string | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function readTimelineUrlState(search: string): TimelineUrlState {
  const params = new URLSearchParams(search);
  return {
    view: parseView(params.get('view')),
    zoom: parseZoom(params.get('zoom')),
    focus: params.get('focus'),
  };
}

/** `search` with the given parts of the state replaced; `null` removes a part. */
export function writeTimelineUrlState(search: string, changes: Partial<TimelineUrlState>): string {
  const params = new URLSearchParams(search);
  if (changes.view !== undefined)
    setOrDelete(params, 'view', changes.view && formatView(changes.view));
  if (changes.zoom !== undefined)
    setOrDelete(params, 'zoom', changes.zoom ? String(Math.round(changes.zoom * 100) / 100) : null);
  if (changes.focus !== undefined) setOrDelete(params, 'focus', changes.focus);
  const text = params.toString().replaceAll('%2E', '.');
  return text ? `?${text}` : '';
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
  if (value) params.set(key, value);
  else params.delete(key);
}

function formatView([from, to]: [Date, Date]): string {
  return `${from.toISOString().slice(0, 10)}..${to.toISOString().slice(0, 10)}`;
}

function parseView(value: string | null): [Date, Date] | null {
  const [from, to] = value?.split('..') ?? [];
  if (!from || !to || !isoDate.test(from) || !isoDate.test(to)) return null;
  const range: [Date, Date] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  if (Number.isNaN(range[0].getTime()) || Number.isNaN(range[1].getTime()) || range[0] >= range[1])
    return null;
  return range;
}

function parseZoom(value: string | null): number | null {
  const zoom = Number(value);
  return value && Number.isFinite(zoom) && zoom >= 1 ? zoom : null;
}
