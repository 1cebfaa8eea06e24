import { estimateTextWidth } from './estimate-text-width';
import { nameLines } from './band-label-lines';
import { label, line } from './label-lines';
import type { Box } from './place-labels';
import { shortenText } from './truncate-text';
import type { TimelineItem } from './timeline-item';
import type { LabelLine, TimelineLabel } from './timeline-layout-types';
import { nodeHitRadius, timelineMetrics as m } from './timeline-metrics';

interface NodeText {
  width: number;
  lines: LabelLine[];
}

const nodeTextsCache = new WeakMap<TimelineItem, NodeText[]>();

/** A node's name, then shortened to 24 and to 12 characters, with their widths: the same at every zoom. */
function nodeTexts(item: TimelineItem): NodeText[] {
  let texts = nodeTextsCache.get(item);
  if (!texts) {
    texts = [...new Set([item.name, shortenText(item.name, 24), shortenText(item.name, 12)])].map(
      (text) => ({
        width: estimateTextWidth(text, m.nameSize),
        lines: [line(text, false, m.nameSize)],
      }),
    );
    nodeTextsCache.set(item, texts);
  }
  return texts;
}

/** The square a node's hit target takes: no label may cover it. */
export function nodeHitBox(cx: number, cy: number): Box {
  return {
    x: cx - nodeHitRadius,
    y: cy - nodeHitRadius,
    width: 2 * nodeHitRadius,
    height: 2 * nodeHitRadius,
  };
}

/** A horizontal node's label options, longest text first, and the shortest text's (the minimal ones). */
export function horizontalNodeLabelOptions(item: TimelineItem, cx: number, cy: number) {
  const texts = nodeTexts(item);
  return {
    options: (function* () {
      for (const text of texts) yield* nodeLabelPlaces(text, cx, cy);
    })(),
    minimal: nodeLabelPlaces(texts.at(-1)!, cx, cy),
  };
}

/**
 * Beside the node (right, then left), else on one of the lines below with a leader (starting at the
 * node, then ending at it); the leader's line is reserved, so no other label lies across it.
 */
function* nodeLabelPlaces(
  { width, lines }: NodeText,
  cx: number,
  cy: number,
): Generator<TimelineLabel> {
  const height = m.lineHeight;
  const beside = cy - height / 2;
  const offset = nodeHitRadius + m.labelGap;
  yield { box: { x: cx + offset, y: beside, width, height }, lines };
  yield { box: { x: cx - offset - width, y: beside, width, height }, lines };
  for (let row = 1; row <= m.nodeLabelRows; row += 1) {
    const y = cy + nodeHitRadius + m.labelGap + (row - 1) * m.nodeRowHeight;
    const leader = { x1: cx, y1: cy + m.nodeRadius, x2: cx, y2: y };
    // From a gap below the node's own target, which the line may leave but must not be kept from.
    const from = cy + nodeHitRadius + m.labelGap;
    const reserve = [{ x: cx - 1, y: from, width: 2, height: y - from }];
    yield { box: { x: cx - 2, y, width, height }, lines, leader, reserve };
    yield { box: { x: cx + 2 - width, y, width, height }, lines, leader, reserve };
  }
}

/** How far, in lines, a node's label may move from its node on the vertical layout, in preference order. */
const verticalShifts = [0, -1, 1, -2, 2, -3, 3];

/** A vertical node's label options in the label column: beside its node, else a few lines away. */
export function verticalNodeLabelOptions(
  item: TimelineItem,
  x: number,
  cy: number,
  room: number,
  from: { x1: number; y1: number },
): TimelineLabel[] {
  if (room < m.minLabelRoom) return [];
  // Wrapped whole, never cut: the column has the lines to spare.
  const name = nameLines(item.name, room, Infinity);
  return verticalShifts.map((shift) => {
    const y = cy - m.lineHeight / 2 + shift * m.lineHeight;
    const leader = { ...from, x2: x - m.labelGap, y2: y + m.lineHeight / 2 };
    return { ...label(x, y, name), leader };
  });
}
