import { describe, expect, it } from 'vitest';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { intersects, type Box } from './box-geometry';
import { createTimeScale } from './create-time-scale';
import { chooseLabelOptions, labelLines, nodeRowHeight } from './label-placement';
import { estimateTextWidth } from './text-fitting';
import { testNow, utc } from '../../../test/timeline-items';
import type { BandItem, TimelineItem } from './timeline-item';
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

describe('labelLines', () => {
  const band = (name: string, detail: string) =>
    ({ kind: 'volunteer', id: 'band', name, detail }) as BandItem;
  const shown = (lines: { text: string }[]) => lines.map((line) => line.text).join(' ');

  it('shows the whole name, then the detail, when the name fits its lines', () => {
    const room = estimateTextWidth('Central Texas', 13, true);
    expect(shown(labelLines(band('Central Texas Food Bank', 'Data Volunteer'), room))).toBe(
      'Central Texas Food Bank Data Volunteer',
    );
  });

  it('leaves the detail out when the name is cut, so that what shows starts the name', () => {
    const room = estimateTextWidth('Central', 13, true);
    const text = shown(labelLines(band('Central Texas Food Bank Partners', 'Volunteer'), room));
    expect(text.endsWith('…')).toBe(true);
    expect('Central Texas Food Bank Partners'.startsWith(text.slice(0, -1))).toBe(true);
  });
});

const template = generateCareer(40, testNow).find((item) => item.kind === 'contribution')!;
const nodesAt = (dates: Date[]): TimelineItem[] =>
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
