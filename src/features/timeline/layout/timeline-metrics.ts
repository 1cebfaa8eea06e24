/** The timeline's type sizes and grid, in px, named once; the CSS uses the same sizes. */
export const timelineMetrics = {
  nameSize: 13,
  detailSize: 12,
  lineHeight: 16,
  /** The top strip that holds the axis labels (horizontal). */
  axisSize: 32,
  laneTitleSize: 24,
  /** Where a lane title's baseline sits below the lane's top. */
  laneTitleBaseline: 15,
  /** A band's padding around its label: across, then along the time axis. */
  bandPadX: 8,
  bandPadY: 5,
  /** The fewest lines a band's label gets room for, so bands line up. */
  bandMinLines: 2,
  bandMaxNameLines: 3,
  bandMaxDetailLines: 2,
  /** A work project's block under its band: padding and the most lines of its name. */
  blockPadX: 6,
  blockPadY: 4,
  blockMaxLines: 3,
  blockGap: 3,
  rowGap: 6,
  /** The smallest side of anything that can be clicked (WCAG 2.5.8). */
  minTarget: 24,
  nodeRadius: 6,
  nodeRowHeight: 22,
  /** How many lines below a node row its labels may drop to. */
  nodeLabelRows: 3,
  labelGap: 4,
  /** A band or block narrower than this at the whole view gets one line, not a wrapped label. */
  minWrapRoom: 64,
  /**
   * A band narrower than minWrapRoom at the whole view (a short job, one just begun) has its label,
   * and its blocks theirs, beside it, wrapped to this width; its row keeps that room free.
   */
  besideLabelWidth: 160,
  /** A label narrower than this is not drawn at all. */
  minLabelRoom: 16,
  /** The room axis labels keep at the far end of the axis. */
  axisEndRoom: 40,
  /** The least px between two axis ticks: horizontal, vertical. */
  tickSpacingHorizontal: 64,
  tickSpacingVertical: 72,
  /** Vertical layout: the tick gutter, the band and node columns, where labels start. */
  gutter: 48,
  bandColumnWidth: 12,
  columnGap: 6,
  labelIndent: 10,
  /** Space between one employer's group of labels and the next, in the vertical label column. */
  groupGap: 10,
  edgeRoom: 4,
  /** Focus ring: how far it stands off a band or block, and off a node's dot. */
  ringOffset: 3,
  nodeRingOffset: 5,
  bandRadius: 4,
  /** Vertical layout: px per year at zoom 1, and the room above the newest date. */
  pxPerYear: 104,
  verticalTop: 16,
} as const;

/** Half the hit target: a node's clickable circle. */
export const nodeHitRadius = timelineMetrics.minTarget / 2;
