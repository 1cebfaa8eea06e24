/** Which lane an item sits in: one per dated résumé section; projects and contributions share one. */
export type LaneId =
  'education' | 'work' | 'volunteer' | 'open-source' | 'publications' | 'awards' | 'certificates';

interface ItemBase {
  id: string;
  lane: LaneId;
  name: string;
  /** The period as the reader sees it; for a work project it says it is the employer's. */
  period: string;
  /** One line for the preview. */
  summary: string;
  /** The link's name, as a screen reader announces it: it starts with the visible label. */
  accessibleName: string;
  /** The technologies (their URL slugs) the item uses; an employer's are its projects'. */
  technologies: readonly string[];
  start: Date;
  end: Date;
  /** Where the item sits in time for ordering and panning: its start. */
  anchor: Date;
  /** The period runs to now. */
  ongoing: boolean;
  /** The page the mark opens: a path inside the site, or an external URL. */
  href?: string;
  external?: boolean;
}

/** A school, an employer or a volunteer organization: a band from its start to its end. */
export interface BandItem extends ItemBase {
  kind: 'education' | 'employer' | 'volunteer';
  /** A second line: the role, or the degree. */
  detail: string;
}

/**
 * A work project: the résumé gives it no dates, only its employer, so it is drawn as a block under
 * its employer's band, as long as that band, in the résumé's order. `start` and `end` are the
 * employer's.
 */
export interface WorkProjectItem extends ItemBase {
  kind: 'work-project';
  employerId: string;
}

/**
 * A dated personal project or contribution, with a line for its period, or a publication, award or
 * certificate, at its one date: a node on the axis.
 */
export interface NodeItem extends ItemBase {
  kind: 'project' | 'contribution' | 'publication' | 'award' | 'certificate';
}

/** One thing on the timeline, in the shown language, with its time span resolved to dates. */
export type TimelineItem = BandItem | WorkProjectItem | NodeItem;

export function isBandItem(item: TimelineItem): item is BandItem {
  return item.kind === 'education' || item.kind === 'employer' || item.kind === 'volunteer';
}

/** An item and its place in the list of items: marks keep that order where nothing else orders them. */
export interface Indexed<Item extends TimelineItem> {
  item: Item;
  index: number;
}

/** The items by the shape each is drawn as, every list in the items' order. */
export interface ItemsByShape {
  bands: Indexed<BandItem>[];
  blocks: Indexed<WorkProjectItem>[];
  nodes: Indexed<NodeItem>[];
}

/** Sorts the items by the shape each is drawn as: a band, a work project's block, or a node. */
export function itemsByShape(items: readonly TimelineItem[]): ItemsByShape {
  const byShape: ItemsByShape = { bands: [], blocks: [], nodes: [] };
  items.forEach((item, index) => {
    if (isBandItem(item)) byShape.bands.push({ item, index });
    else if (item.kind === 'work-project') byShape.blocks.push({ item, index });
    else byShape.nodes.push({ item, index });
  });
  return byShape;
}

/** A personal project or contribution the résumé gives no date: listed beside the chart. */
export interface UndatedEntry {
  id: string;
  kind: 'project' | 'contribution';
  name: string;
  /** A few words after the name: the repository owner, or the commit count. */
  note: string;
  technologies: readonly string[];
  href: string;
  external: boolean;
}
