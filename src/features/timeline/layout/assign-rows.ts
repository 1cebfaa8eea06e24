import { utcMonth } from 'd3-time';

interface Span {
  start: Date;
  /** The first instant after the period, as the content's months give it (see endOfMonth). */
  end: Date;
}

/** A span's place: its row, and where it is drawn to (its end, or a handover; see followsInRow). */
export interface RowSlot {
  row: number;
  end: Date;
}

/**
 * A handover is not an overlap: `next` may follow `previous` in a row when it starts no earlier than
 * the month in which `previous` ends, periods being known to the month. Where the two share that
 * month, `previous` is drawn to `next`'s start, so that their shapes meet and do not overlap.
 */
export function followsInRow(previous: Span, next: Span): boolean {
  return next.start.getTime() >= utcMonth.floor(new Date(previous.end.getTime() - 1)).getTime();
}

/**
 * Gives each span the first row whose last span it follows (followsInRow), taking spans in order of
 * start: the fewest rows for a set of periods (greedy interval partitioning). Returns the slots in
 * input order.
 */
export function assignRows(spans: readonly Span[]): RowSlot[] {
  const entries = spans.map((span) => ({ span, slot: { row: 0, end: span.end } }));
  const order = [...entries].sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
  /** The span last placed in each row. */
  const rowLast: typeof entries = [];
  for (const placed of order) {
    const { span, slot } = placed;
    slot.row = rowLast.findIndex((last) => followsInRow(last.span, span));
    if (slot.row === -1) slot.row = rowLast.length;
    const previous = rowLast[slot.row]?.slot;
    if (previous && previous.end > span.start) previous.end = span.start;
    rowLast[slot.row] = placed;
  }
  return entries.map(({ slot }) => slot);
}
