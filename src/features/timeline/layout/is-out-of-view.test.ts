import { describe, expect, it } from 'vitest';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { isOutOfView } from './is-out-of-view';
import { layoutTimeline } from './layout-timeline';
import { realItems, testNow, utc } from './test-items';

const items = realItems();

function layout(window: [Date, Date], width = 1100) {
  return layoutTimeline({
    items,
    scale: createTimeScale(window, [0, width]),
    orientation: 'horizontal',
    width,
    laneTitles: { education: 'Education', work: 'Work', 'open-source': 'Open source' },
    formatTick: (tick) => String(tick.date.getUTCFullYear()),
  });
}

describe('isOutOfView', () => {
  it('keeps every mark in view when the whole career shows', () => {
    const full = layout(timelineDomain(items, testNow));
    expect(full.marks.filter((mark) => isOutOfView(mark, 1100))).toEqual([]);
  });

  it('parks the marks wholly before or after the window, and only those', () => {
    const zoomed = layout([utc(2021, 6), utc(2023, 10)]);
    const parked = zoomed.marks.filter((mark) => isOutOfView(mark, 1100));
    expect(parked.map((mark) => mark.item.id)).toContain('whut');
    expect(parked.map((mark) => mark.item.id)).not.toContain('xiaomi');
    for (const mark of parked) {
      expect(mark.label).toBeNull();
      expect(mark.x + mark.width < 0 || mark.x > 1100).toBe(true);
    }
  });
});
