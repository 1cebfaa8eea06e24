import { timelineMetrics, type TimelineLayout } from './layout-timeline';
import { roundPx } from './round-px';

/**
 * One SVG path for the periods of the nodes that have dates of their own: a line through each dot,
 * across in the horizontal chart and down in the vertical one, cut to the view. Lines the dot would
 * cover, round caps included, are left out. One element for them all keeps a zoom frame's DOM
 * changes to one per mark.
 */
export function nodeSpansPath({ orientation, marks, width }: TimelineLayout): string {
  const r = timelineMetrics.nodeRadius;
  const parts: string[] = [];
  for (const mark of marks) {
    if (mark.shape !== 'node' || mark.item.employerId) continue;
    if (orientation === 'horizontal') {
      const from = Math.max(mark.x, -r);
      const to = Math.min(mark.x + mark.width, width + r);
      if (to <= from || covered(mark.x - mark.cx, mark.x + mark.width - mark.cx)) continue;
      parts.push(`M${roundPx(from)} ${roundPx(mark.cy)}H${roundPx(to)}`);
    } else {
      if (mark.height <= 0 || covered(mark.y - mark.cy, mark.y + mark.height - mark.cy)) continue;
      parts.push(`M${roundPx(mark.cx)} ${roundPx(mark.y)}V${roundPx(mark.y + mark.height)}`);
    }
  }
  return parts.join('');

  /** Whether a line from `a` to `b` px off the dot's centre lies under the dot. */
  function covered(a: number, b: number) {
    return Math.max(Math.abs(a), Math.abs(b)) + 1 <= r;
  }
}
