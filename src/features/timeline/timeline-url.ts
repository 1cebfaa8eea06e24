/**
 * The timeline's state as it appears in the home page's URL, so that Back, a reload, a shared link
 * or the language switcher shows the same view: `view=2019-03-15T04:30..2021-08-02` (the visible
 * window of the horizontal timeline, to the minute), `zoom=2` (the vertical timeline's zoom),
 * `focus=<id>` (the mark to highlight) and `tech=<slug>` (the technology filter).
 */
export interface TimelineUrlState {
  view: [Date, Date] | null;
  zoom: number | null;
  focus: string | null;
  tech: string | null;
}

/**
 * The router state of a history entry the timeline wrote: its charts keep their own view there,
 * where they follow the URL of any other entry.
 */
export const timelineWrite = { writtenBy: 'timeline' } as const;

export function isTimelineWrite(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    'writtenBy' in state &&
    state.writtenBy === timelineWrite.writtenBy
  );
}

const dateOrMinute = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** Reads the state; a value that does not parse is absent, so a bad link shows the default view. */
export function readTimelineUrlState(search: string): TimelineUrlState {
  const params = new URLSearchParams(search);
  return {
    view: parseView(params.get('view')),
    zoom: parseZoom(params.get('zoom')),
    focus: params.get('focus') || null,
    tech: params.get('tech') || null,
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
  if (changes.tech !== undefined) setOrDelete(params, 'tech', changes.tech);
  const text = params.toString().replaceAll('%2E', '.').replaceAll('%3A', ':');
  return text ? `?${text}` : '';
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null) {
  if (value) params.set(key, value);
  else params.delete(key);
}

/** A date to the minute, shortened to the day at midnight. */
function formatMoment(date: Date): string {
  const minute = new Date(Math.round(date.getTime() / 60_000) * 60_000).toISOString().slice(0, 16);
  return minute.endsWith('T00:00') ? minute.slice(0, 10) : minute;
}

function formatView([from, to]: [Date, Date]): string {
  return `${formatMoment(from)}..${formatMoment(to)}`;
}

function parseMoment(text: string): Date {
  return new Date(`${text.length === 10 ? `${text}T00:00` : text}:00Z`);
}

function parseView(value: string | null): [Date, Date] | null {
  const [from, to, extra] = value?.split('..') ?? [];
  if (!from || !to || extra !== undefined || !dateOrMinute.test(from) || !dateOrMinute.test(to))
    return null;
  const range: [Date, Date] = [parseMoment(from), parseMoment(to)];
  if (Number.isNaN(range[0].getTime()) || Number.isNaN(range[1].getTime()) || range[0] >= range[1])
    return null;
  return range;
}

function parseZoom(value: string | null): number | null {
  const zoom = Number(value);
  return value && Number.isFinite(zoom) && zoom >= 1 ? zoom : null;
}
