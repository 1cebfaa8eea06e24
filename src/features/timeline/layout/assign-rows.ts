interface Span {
  start: Date;
  end: Date;
}

/**
 * Gives each span the first row in which it overlaps nothing, taking spans in order of start: the
 * fewest rows for a set of periods (greedy interval partitioning). Returns row indexes in input order.
 */
export function assignRows(spans: readonly Span[]): number[] {
  const order = spans
    .map((span, index) => ({ span, index }))
    .sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length);
  for (const { span, index } of order) {
    const start = span.start.getTime();
    let row = rowEnds.findIndex((end) => end <= start);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = span.end.getTime();
    rows[index] = row;
  }
  return rows;
}
