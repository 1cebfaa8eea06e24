import { estimateTextWidth } from './estimate-text-width';
import type { Box } from './place-labels';
import { timelineMetrics } from './timeline-metrics';
import type { LabelLine, TimelineLabel } from './timeline-layout-types';

export function line(text: string, bold: boolean, size: number): LabelLine {
  return { text, bold, size };
}

/** A label of `lines` with its top left corner at (x, y), its box as wide as its widest line. */
export function label(x: number, y: number, lines: LabelLine[]): TimelineLabel {
  const width = Math.max(0, ...lines.map((l) => estimateTextWidth(l.text, l.size, l.bold)));
  const box: Box = { x, y, width, height: lines.length * timelineMetrics.lineHeight };
  return { box, lines };
}
