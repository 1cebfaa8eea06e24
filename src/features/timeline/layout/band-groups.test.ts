import { describe, expect, it } from 'vitest';
import { bandGroups, isBandGroup } from './band-groups';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { layoutTimeline } from './layout-timeline';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { testLaneTitles, testNow } from '../../../test/timeline-items';

describe('bandGroups', () => {
  const items = generateCareer(60, testNow);
  const domain = timelineDomain(items, testNow);
  const { marks } = layoutTimeline({
    items,
    domain,
    scale: createTimeScale(domain, [0, 1000]),
    orientation: 'horizontal',
    width: 1000,
    laneTitles: testLaneTitles,
    formatTick: (tick) => String(tick.date.getUTCFullYear()),
  });
  const entries = bandGroups(marks);

  it('keeps every mark, in reading order', () => {
    const flat = entries.flatMap((entry) =>
      isBandGroup(entry) ? [entry.band, ...entry.blocks] : [entry],
    );
    expect(flat).toEqual(marks);
  });

  it("puts each block in its employer's group", () => {
    const blocks = marks.filter((mark) => mark.shape === 'block');
    expect(blocks.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(isBandGroup(entry) || entry.shape !== 'block').toBe(true);
      if (isBandGroup(entry))
        for (const block of entry.blocks) expect(block.item.employerId).toBe(entry.band.item.id);
    }
  });
});
