import { describe, expect, it } from 'vitest';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { intersects, type Box } from './box-geometry';
import { createTimeScale } from './create-time-scale';
import {
  chooseLabelOptions,
  estimateTextWidth,
  columnLabel,
  nodeRowHeight,
  placeLabels,
  shortenText,
  truncateText,
  wrapText,
} from './label-placement';
import { testNow, utc } from '../../../test/timeline-items';
import type { BandItem, NodeItem } from './timeline-item';
import type { BandMark, NodeMark } from './timeline-layout-types';
import { timelineMetrics as m } from './timeline-metrics';

const box = (x: number, y: number, width = 100, height = 16): { box: Box } => ({
  box: { x, y, width, height },
});
const bounds = { x: 0, y: 0, width: 1000, height: 500 };

describe('chooseLabelOptions', () => {
  it('gives each label its first choice when nothing is in the way', () => {
    const placed = chooseLabelOptions(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(200, 0)] },
      ],
      bounds,
    );
    expect(placed.get('a')?.box.x).toBe(0);
    expect(placed.get('b')?.box.x).toBe(200);
  });

  it('moves a label to its next option when the first would overlap an earlier label', () => {
    const placed = chooseLabelOptions(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(50, 0), box(50, 30)] },
      ],
      bounds,
    );
    expect(placed.get('b')?.box.y).toBe(30);
  });

  it('hides a label when none of its options fits', () => {
    const placed = chooseLabelOptions(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(50, 5)] },
      ],
      bounds,
    );
    expect(placed.has('b')).toBe(false);
  });

  it('keeps the gap between labels', () => {
    const placed = chooseLabelOptions(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(102, 0)] },
      ],
      bounds,
      4,
    );
    expect(placed.has('b')).toBe(false);
  });

  it('hides a label that would leave the bounds', () => {
    expect(chooseLabelOptions([{ id: 'a', options: [box(950, 0)] }], bounds).size).toBe(0);
  });

  it('keeps labels off the obstacles (the nodes)', () => {
    const placed = chooseLabelOptions([{ id: 'a', options: [box(0, 0), box(0, 40)] }], bounds, 4, [
      { x: 40, y: 2, width: 12, height: 12 },
    ]);
    expect(placed.get('a')?.box.y).toBe(40);
  });

  it('never places two intersecting labels, however crowded', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const requests = Array.from({ length: 400 }, (_, i) => ({
      id: String(i),
      options: [
        box(random() * 900, random() * 480, 20 + random() * 80),
        box(random() * 900, random() * 480, 20 + random() * 80),
      ],
    }));
    const placed = [...chooseLabelOptions(requests, bounds).values()].map((option) => option.box);
    expect(placed.length).toBeGreaterThan(20);
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1)
        expect(intersects(placed[i]!, placed[j]!)).toBe(false);
    }
  });
});

describe('columnLabel', () => {
  const band = (name: string, detail: string) =>
    ({ kind: 'volunteer', id: 'band', name, detail }) as BandItem;
  const shown = (room: number, item: BandItem) =>
    (columnLabel(item, 0, 0, room).label?.lines ?? []).map((line) => line.text).join(' ');

  it('shows the whole name, then the detail, when the name fits its lines', () => {
    const room = estimateTextWidth('Central Texas', 13, true);
    expect(shown(room, band('Central Texas Food Bank', 'Data Volunteer'))).toBe(
      'Central Texas Food Bank Data Volunteer',
    );
  });

  it('leaves the detail out when the name is cut, so that what shows starts the name', () => {
    const room = estimateTextWidth('Central', 13, true);
    const text = shown(room, band('Central Texas Food Bank Partners', 'Volunteer'));
    expect(text.endsWith('…')).toBe(true);
    expect('Central Texas Food Bank Partners'.startsWith(text.slice(0, -1))).toBe(true);
  });
});

const template = generateCareer(40, testNow).find(
  (item): item is NodeItem => item.kind === 'contribution',
)!;
const nodesAt = (dates: Date[]): NodeItem[] =>
  dates.map((start, index) => ({
    ...template,
    id: `node-${index}`,
    name: `Node ${index}`,
    start,
    anchor: start,
  }));
const scale = createTimeScale([utc(2000), utc(2026)], [0, 1100]);

describe('nodeRowHeight', () => {
  it('is one row of nodes when every label fits beside its node', () => {
    expect(nodeRowHeight(nodesAt([utc(2002), utc(2010), utc(2018)]), scale, 1100)).toBe(
      m.nodeRowHeight,
    );
  });

  it('grows to hold the labels that crowded nodes drop below them, and no further', () => {
    // About 30 px apart: too close for a label beside the middle node, far enough for one below it.
    const crowded = nodesAt([utc(2010, 1), utc(2010, 10), utc(2011, 7)]);
    const height = nodeRowHeight(crowded, scale, 1100);
    expect(height).toBeGreaterThan(m.nodeRowHeight);
    expect(height).toBeLessThanOrEqual(m.nodeRowHeight * (1 + m.nodeLabelRows));
  });

  it('takes no room for a lane without nodes', () => {
    expect(nodeRowHeight([], scale, 1100)).toBe(0);
  });
});

describe('estimateTextWidth', () => {
  it('counts a CJK character as a full em and Latin letters as less', () => {
    expect(estimateTextWidth('小米科技', 10)).toBeGreaterThanOrEqual(40);
    expect(estimateTextWidth('abcd', 10)).toBeLessThan(estimateTextWidth('小米科技', 10));
  });
});

describe('truncateText', () => {
  it('keeps text that fits', () => {
    expect(truncateText('Xiaomi', 200, 13)).toBe('Xiaomi');
  });

  it('shortens text that does not fit, with an ellipsis, to within the width', () => {
    const text = truncateText('Rewriting the MRCP Speech Service in Rust', 120, 13)!;
    expect(text.endsWith('…')).toBe(true);
    expect(estimateTextWidth(text, 13)).toBeLessThanOrEqual(120);
  });

  it('cuts between words, so that what shows is the start of the name word for word', () => {
    const text = truncateText('Operating Tiered Storage at Streaming Scale', 200, 13)!;
    expect(text.endsWith('…')).toBe(true);
    const shown = text.slice(0, -1);
    expect('Operating Tiered Storage at Streaming Scale'.startsWith(`${shown} `)).toBe(true);
  });

  it('gives nothing when not even the first word fits', () => {
    expect(truncateText('数据经纬', 10, 13)).toBeNull();
    expect(truncateText('Freelance', 40, 13)).toBeNull();
  });
});

describe('shortenText', () => {
  it('keeps whole words, or the text itself when its first word is longer than the limit', () => {
    expect(shortenText('Central Texas Food Bank', 12)).toBe('Central…');
    expect(shortenText('后台开发工程师', 4)).toBe('后台开…');
    expect(shortenText('Supercalifragilistic', 12)).toBe('Supercalifragilistic');
  });
});

describe('wrapText', () => {
  it('breaks English between words', () => {
    expect(
      wrapText('Extending the DataFusion Query Engine with GEO Computation', 200, 13, true, 2),
    ).toEqual(['Extending the DataFusion', 'Query Engine with GEO…']);
  });

  it('breaks Chinese between characters, each line within the width', () => {
    const lines = wrapText('DataFusion 查询引擎扩展 GEO 计算能力', 130, 13, true, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(estimateTextWidth(line, 13, true)).toBeLessThanOrEqual(130);
    expect(lines.join('').replace('…', '').length).toBeGreaterThan(10);
  });

  it('leaves no lone CJK character on the last line', () => {
    const text = '一二三四五六七';
    const room = estimateTextWidth('一二三四五六', 12);
    expect(wrapText(text, room, 12, false, 3)).toEqual(['一二三四五', '六七']);
    expect(wrapText(text, room, 12, false, 2)).toEqual(['一二三四五', '六七']);
    // Two characters on the first line are kept: moving one would leave it alone instead.
    expect(wrapText('一二三', estimateTextWidth('一二', 12), 12, false, 3)).toEqual(['一二', '三']);
  });

  it('leaves a short text on one line', () => {
    expect(wrapText('raft', 200, 13, true, 2)).toEqual(['raft']);
  });
});

describe('placeLabels', () => {
  const employer = (name: string): BandItem => ({
    ...template,
    kind: 'employer',
    id: 'employer',
    name,
    detail: 'Engineer',
  });
  const bandMark = (item: BandItem, x: number, width: number): BandMark => ({
    shape: 'band',
    item,
    rect: { x, y: 40, width, height: 42 },
    visible: true,
    label: null,
  });
  const nodeMark = (id: string, cx: number, cy: number): NodeMark => ({
    shape: 'node',
    item: { ...template, id, name: `Node ${id}` },
    cx,
    cy,
    span: [cx, cx],
    visible: true,
    label: null,
  });
  const view = { width: 1100, bounds: { x: 0, y: 0, width: 1100, height: 400 }, shapes: [] };

  it('puts a band’s label inside it, from its left edge, when the band is wide enough', () => {
    const band = bandMark(employer('Acme'), 100, 300);
    const row = { top: 40, lines: 2, besideLabel: null };
    placeLabels([{ mark: band, x0: 100, x1: 400, row }], view);
    expect(band.label?.box.x).toBe(100 + m.bandPadX);
    expect(band.label?.lines.map((line) => line.text)).toEqual(['Acme', 'Engineer']);
  });

  it('puts the label of a band too narrow for it before the band, ending at its start', () => {
    const band = bandMark(employer('Central Texas Food Bank'), 600, 20);
    const row = { top: 40, lines: 2, besideLabel: 'before' as const };
    placeLabels([{ mark: band, x0: 600, x1: 620, row }], view);
    const box = band.label?.box;
    expect(band.label?.alignEnd).toBe(true);
    expect(box && box.x + box.width).toBe(600 - m.labelGap);
  });

  it('drops a node’s label below it, with a leader, when both sides are taken', () => {
    const crowded = [nodeMark('a', 300, 100), nodeMark('b', 330, 100), nodeMark('c', 360, 100)];
    placeLabels(
      crowded.map((mark) => ({ mark })),
      view,
    );
    const middle = crowded[1]?.label;
    expect(middle?.leader).toBeDefined();
    expect(middle?.box.y).toBeGreaterThan(100);
  });

  it('leaves no node label over a band', () => {
    const band = bandMark(employer('Acme'), 0, 1100);
    const node = nodeMark('a', 500, 60);
    placeLabels([{ mark: node }], { ...view, shapes: [band.rect] });
    const label = node.label;
    expect(label === null || !intersects(label.box, band.rect)).toBe(true);
  });
});
