/**
 * The window zoomed by `factor` about its middle (above 1 narrows it), as d3-zoom's `scaleBy` would:
 * no narrower than `minMs` and inside `domain`.
 */
export function zoomWindow(
  [from, to]: readonly [Date, Date],
  domain: readonly [Date, Date],
  factor: number,
  minMs: number,
): [Date, Date] {
  const full = domain[1].getTime() - domain[0].getTime();
  const span = Math.min(
    Math.max((to.getTime() - from.getTime()) / factor, Math.min(minMs, full)),
    full,
  );
  return fitWindow((from.getTime() + to.getTime()) / 2 - span / 2, span, domain);
}

/** The window moved, at the same zoom, so that `date` is in its middle, as far as `domain` allows. */
export function centreWindow(
  [from, to]: readonly [Date, Date],
  domain: readonly [Date, Date],
  date: Date,
): [Date, Date] {
  const span = to.getTime() - from.getTime();
  return fitWindow(date.getTime() - span / 2, span, domain);
}

function fitWindow(start: number, span: number, [from, to]: readonly [Date, Date]): [Date, Date] {
  const clamped = Math.min(Math.max(start, from.getTime()), to.getTime() - span);
  return [new Date(clamped), new Date(clamped + span)];
}
