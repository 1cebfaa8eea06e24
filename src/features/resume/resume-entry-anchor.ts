import type { idSections, IdSection } from '../../content/normalize-resume';

/** The prefix of a section's entry anchors: `work`, `project`, `award`, … (normalize-resume.ts). */
export type AnchorSection = (typeof idSections)[IdSection]['prefix'];

/**
 * The HTML id of a résumé entry, so a link can land on it: `<section>-<id>`, the section's prefix
 * and the entry's id (given or derived: normalize-resume.ts), e.g. `award-acm-icpc` or
 * `project-bustubx`; on the résumé page that is `/<lang>/resume/#award-acm-icpc`. Entry ids are
 * unique across the site, so the anchors are unique on a page.
 */
export function resumeEntryAnchor(section: AnchorSection, id: string): string {
  return `${section}-${id}`;
}
