/** Which lane of the timeline an item sits in. */
export type LaneId = 'education' | 'work' | 'open-source';

/**
 * One thing on the timeline, in the shown language, with its time span resolved to dates.
 * Bands (education, employers) span their period; the others are drawn as nodes.
 */
export interface TimelineItem {
  id: string;
  kind: 'education' | 'employer' | 'project' | 'contribution';
  lane: LaneId;
  name: string;
  /** A second line for bands: the role, or the degree. */
  detail: string;
  /** The period as the reader sees it; for a work project it says it is the employer's. */
  period: string;
  /** One line for the preview. */
  summary: string;
  /** The link's name, as a screen reader announces it: name and period, built once per language. */
  accessibleName: string;
  start: Date;
  end: Date;
  /**
   * Where the item's node sits in time. For a band, its start; for a work project, an even spread
   * across its employer's period (the résumé gives no project dates), so that nodes do not pile up.
   */
  anchor: Date;
  /** The period runs to now. */
  ongoing: boolean;
  /** The page the node opens: a path inside the site, or an external URL. */
  href?: string;
  external?: boolean;
  /** For a work project: its employer's id. Its position within that band is only a spread. */
  employerId?: string;
}
