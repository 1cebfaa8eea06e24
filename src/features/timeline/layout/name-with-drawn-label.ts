import type { TimelineLabel } from './timeline-layout-types';

/**
 * A mark's accessible name, beginning with its label as drawn. Assistive technology reads each drawn
 * line as a word of its own, so a label wrapped inside a word ("后台开发工程" / "师") is named with a
 * space at that break; otherwise speech-input users could not say what they see (WCAG 2.5.3).
 */
export function nameWithDrawnLabel(
  accessibleName: string,
  label: Pick<TimelineLabel, 'lines'> | null | undefined,
) {
  if (!label || label.lines.length < 2) return accessibleName;
  const rendered = label.lines
    .map((line) => (line.spaceAfter ? `${line.text} ` : line.text))
    .join('');
  if (!accessibleName.startsWith(rendered)) return accessibleName;
  const spoken = label.lines.map((line) => line.text.trim()).join(' ');
  return spoken + accessibleName.slice(rendered.length);
}
