import { describe, expect, it } from 'vitest';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { createTimeScale } from './create-time-scale';
import { nodeRowHeightFor } from './node-row-height';
import { testNow, utc } from '../../../test/timeline-items';
import type { TimelineItem } from './timeline-item';
import { timelineMetrics as m } from './timeline-metrics';

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

describe('nodeRowHeightFor', () => {
  it('is one row of nodes when every label fits beside its node', () => {
    expect(nodeRowHeightFor(nodesAt([utc(2002), utc(2010), utc(2018)]), scale, 1100)).toBe(
      m.nodeRowHeight,
    );
  });

  it('grows to hold the labels that crowded nodes drop below them, and no further', () => {
    // About 30 px apart: too close for a label beside the middle node, far enough for one below it.
    const crowded = nodesAt([utc(2010, 1), utc(2010, 10), utc(2011, 7)]);
    const height = nodeRowHeightFor(crowded, scale, 1100);
    expect(height).toBeGreaterThan(m.nodeRowHeight);
    expect(height).toBeLessThanOrEqual(m.nodeRowHeight * (1 + m.nodeLabelRows));
  });

  it('takes no room for a lane without nodes', () => {
    expect(nodeRowHeightFor([], scale, 1100)).toBe(0);
  });
});
