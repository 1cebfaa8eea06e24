import type { TimelineLayout } from './timeline-layout-types';
import { timelineMetrics } from './timeline-metrics';
import { roundPx } from './box-geometry';

/**
 * One SVG path for the periods of the nodes: a line through each dot, across in the horizontal chart
 * and down in the vertical one, cut to the view. Lines the dot would cover, round caps included, are
 * left out. One element for them all keeps a zoom frame's DOM changes to one per mark.
 */
export function nodeSpansPath({ orientation, marks, width }: TimelineLayout): string {
  const r = timelineMetrics.nodeRadius;
  const parts: string[] = [];
  for (const mark of marks) {
    if (mark.shape !== 'node') continue;
    const [from, to] = mark.span;
    const centre = orientation === 'horizontal' ? mark.cx : mark.cy;
    if (to <= from || covered(from - centre, to - centre)) continue;
    if (orientation === 'horizontal') {
      const a = Math.max(from, -r);
      const b = Math.min(to, width + r);
      if (b <= a) continue;
      parts.push(`M${roundPx(a)} ${roundPx(mark.cy)}H${roundPx(b)}`);
    } else {
      parts.push(`M${roundPx(mark.cx)} ${roundPx(from)}V${roundPx(to)}`);
    }
  }
  return parts.join('');

  /** Whether a line from `a` to `b` px off the dot's centre lies under the dot. */
  function covered(a: number, b: number) {
    return Math.max(Math.abs(a), Math.abs(b)) + 1 <= r;
  }
}
