import { describe, expect, it } from 'vitest';
import { generateCareer } from '../../../../tests/bench/generate-career';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { centreToReveal, fitsClear, intersects, isOutOfView, markBox } from './box-geometry';
import { layoutTimeline } from './layout-timeline';
import { testLaneTitles, testNow } from '../../../test/timeline-items';

const items = generateCareer(30, testNow);
const domain = timelineDomain(items, testNow);

function layout(window: [Date, Date], width = 1100) {
  return layoutTimeline({
    items,
    domain,
    scale: createTimeScale(window, [0, width]),
    orientation: 'horizontal',
    width,
    laneTitles: testLaneTitles,
    formatTick: (tick) => String(tick.date.getUTCFullYear()),
  });
}

describe('isOutOfView', () => {
  it('keeps every mark in view when the whole career shows', () => {
    expect(layout(domain).marks.filter((mark) => isOutOfView(mark, 1100))).toEqual([]);
  });

  it('parks the marks wholly before or after the window, and only those', () => {
    const span = domain[1].getTime() - domain[0].getTime();
    const window: [Date, Date] = [
      new Date(domain[0].getTime() + span * 0.6),
      new Date(domain[0].getTime() + span * 0.7),
    ];
    const zoomed = layout(window);
    const parked = zoomed.marks.filter((mark) => isOutOfView(mark, 1100));
    expect(parked.map((mark) => mark.item.id)).toContain('school');
    for (const mark of parked) {
      expect(mark.label).toBeNull();
      const box = markBox(mark);
      expect(box.x + box.width < 0 || box.x > 1100).toBe(true);
    }
    for (const mark of zoomed.marks.filter((candidate) => !parked.includes(candidate))) {
      const box = markBox(mark);
      expect(box.x + box.width >= -20 && box.x <= 1120).toBe(true);
    }
  });
});

describe('centreToReveal', () => {
  const width = 1000;
  const margin = 16;
  const box = (x: number, boxWidth: number) => ({ x, y: 0, width: boxWidth, height: 20 });
  /** Where the box lands once the view is centred there. */
  const landsAt = (b: ReturnType<typeof box>, centre: number) => b.x - centre + width / 2;

  it('leaves a box that shows whole, margin included', () => {
    expect(centreToReveal(box(16, 200), width, margin)).toBeNull();
    expect(centreToReveal(box(784, 200), width, margin)).toBeNull();
  });

  it('centres a box cut by either edge, or wholly outside, and it then shows whole', () => {
    for (const cut of [box(-50, 200), box(900, 200), box(10, 40), box(-400, 200), box(1500, 60)]) {
      const centre = centreToReveal(cut, width, margin)!;
      expect(centre).not.toBeNull();
      const x = landsAt(cut, centre);
      expect(x).toBeGreaterThanOrEqual(margin);
      expect(x + cut.width).toBeLessThanOrEqual(width - margin);
    }
  });

  it('shows a box wider than the view from its start, unless it fills the view', () => {
    for (const wide of [box(900, 1100), box(-900, 1500), box(100, 1500)]) {
      expect(landsAt(wide, centreToReveal(wide, width, margin)!)).toBe(margin);
    }
    expect(centreToReveal(box(-300, 1500), width, margin)).toBeNull();
    expect(centreToReveal(box(margin, 1500), width, margin)).toBeNull();
  });
});

describe('markBox', () => {
  it('gives a node its whole 24 px hit target, larger than its dot, centred on it', () => {
    const node = layout(domain).marks.find((mark) => mark.shape === 'node');
    expect(node && markBox(node)).toEqual(
      node && { x: node.cx - 12, y: node.cy - 12, width: 24, height: 24 },
    );
  });
});

describe('fitsClear', () => {
  const bounds = { x: 0, y: 0, width: 200, height: 100 };
  const mark = { x: 50, y: 0, width: 20, height: 20 };

  it('keeps a label the gap away from a mark, not merely off it', () => {
    const touching = { x: 72, y: 0, width: 30, height: 16 };
    expect(intersects(touching, mark)).toBe(false);
    expect(fitsClear(touching, bounds, 4, [mark])).toBe(false);
    expect(fitsClear({ ...touching, x: 74 }, bounds, 4, [mark])).toBe(true);
  });

  it('refuses a label that would stick out of the chart', () => {
    expect(fitsClear({ x: 190, y: 0, width: 30, height: 16 }, bounds, 4, [])).toBe(false);
  });
});
