import { describe, expect, it } from 'vitest';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { layoutTimeline, type TimelineLayout } from './layout-timeline';
import { intersects } from './place-labels';
import { realItems, testNow, utc } from './test-items';

const items = realItems();
const domain = timelineDomain(items, testNow);
const laneTitles = { education: 'Education', work: 'Work', 'open-source': 'Open source' };
const formatTick = (tick: { date: Date }) => String(tick.date.getUTCFullYear());

function horizontal(window: [Date, Date], width = 1100) {
  return layoutTimeline({
    items,
    scale: createTimeScale(window, [0, width]),
    orientation: 'horizontal',
    width,
    laneTitles,
    formatTick,
  });
}

function vertical(width = 343, zoom = 1) {
  const scale = createTimeScale(domain, [16, 16 + 13 * 104 * zoom]);
  return layoutTimeline({ items, scale, orientation: 'vertical', width, laneTitles, formatTick });
}

function visibleLabelBoxes(layout: TimelineLayout) {
  return layout.marks.flatMap((mark) => (mark.label ? [mark.label.box] : []));
}

function expectNoOverlaps(layout: TimelineLayout) {
  const boxes = visibleLabelBoxes(layout);
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1)
      expect(intersects(boxes[i]!, boxes[j]!)).toBe(false);
  }
}

describe('the horizontal layout', () => {
  it('draws each band from its start to its end on the scale', () => {
    const layout = horizontal(domain);
    const amazon = layout.marks.find((mark) => mark.item.id === 'amazon')!;
    const scale = createTimeScale(domain, [0, 1100]);
    expect(amazon.shape).toBe('band');
    expect(amazon.x).toBeCloseTo(scale(utc(2019, 8)), 6);
    expect(amazon.x + amazon.width).toBeCloseTo(scale(utc(2021, 7)), 6);
  });

  it('puts an overlapping employer on a second row, below the first', () => {
    const layout = horizontal(domain);
    const y = (id: string) => layout.marks.find((mark) => mark.item.id === id)!.y;
    expect(y('amazon')).toBeGreaterThan(y('meituan'));
    expect(y('xiaomi')).toBe(y('meituan'));
  });

  it('orders the lanes education, work, open source, top to bottom', () => {
    expect(horizontal(domain).lanes.map((lane) => lane.id)).toEqual([
      'education',
      'work',
      'open-source',
    ]);
  });

  it('shows every label of the real career at full view on a desktop', () => {
    const layout = horizontal(domain);
    expect(layout.marks.every((mark) => mark.label)).toBe(true);
    expectNoOverlaps(layout);
  });

  it('never overlaps two labels, at any zoom window or width', () => {
    const windows: [Date, Date][] = [
      domain,
      [utc(2018), utc(2022)],
      [utc(2021, 6), utc(2023, 10)],
      [utc(2023, 10), utc(2024, 2)],
      [utc(2019, 5), utc(2019, 10)],
    ];
    for (const width of [640, 900, 1100, 1600])
      for (const window of windows) expectNoOverlaps(horizontal(window, width));
  });

  it('labels only marks in view, and hides the ones scrolled out', () => {
    const layout = horizontal([utc(2021, 6), utc(2023, 10)]);
    const meituan = layout.marks.find((mark) => mark.item.id === 'meituan')!;
    expect(meituan.visible).toBe(false);
    expect(meituan.label).toBeNull();
    expect(layout.marks.find((mark) => mark.item.id === 'mrcp-rust-rewrite')!.label).not.toBeNull();
  });

  it('keeps band labels inside their band', () => {
    for (const mark of horizontal(domain, 900).marks) {
      if (mark.shape !== 'band' || !mark.label) continue;
      expect(mark.label.box.x).toBeGreaterThanOrEqual(mark.x);
      expect(mark.label.box.x + mark.label.box.width).toBeLessThanOrEqual(mark.x + mark.width);
    }
  });
});

describe('the vertical layout', () => {
  it('runs time downward: later items sit lower', () => {
    const layout = vertical();
    const y = (id: string) => layout.marks.find((mark) => mark.item.id === id)!.cy;
    expect(y('whut')).toBeLessThan(y('meituan'));
    expect(y('meituan')).toBeLessThan(y('xiaomi'));
    expect(y('distributed-task-scheduler')).toBeLessThan(y('mrcp-rust-rewrite'));
  });

  it('keeps every mark and label inside a 343 px wide column, in text of at least 12 px', () => {
    const layout = vertical(343);
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.cx).toBeLessThanOrEqual(343);
      if (!mark.label) continue;
      expect(mark.label.box.x + mark.label.box.width).toBeLessThanOrEqual(343);
      for (const line of mark.label.lines) expect(line.size).toBeGreaterThanOrEqual(12);
    }
    expectNoOverlaps(layout);
  });

  it('grows taller as it zooms in, and never overlaps labels', () => {
    expect(vertical(343, 2).height).toBeGreaterThan(vertical(343, 1).height * 1.8);
    expectNoOverlaps(vertical(343, 2));
    expectNoOverlaps(vertical(300, 1));
  });

  it('labels every item on a phone, moving a crowded node label up or down beside its node', () => {
    const layout = vertical(343);
    for (const mark of layout.marks) expect(mark.label, mark.item.id).not.toBeNull();
    // geoarrow-rs (Nov 2023) meets the 数慧时空 band's label (Aug 2023): it moves, and its leader
    // still runs from its node to its label.
    const geoarrow = layout.marks.find((mark) => mark.item.id === 'geoarrow-rs')!;
    const { box, leader } = geoarrow.label!;
    expect(Math.abs(box.y + 8 - geoarrow.cy)).toBeGreaterThan(8);
    expect(Math.abs(box.y + 8 - geoarrow.cy)).toBeLessThanOrEqual(48);
    expect(leader).toMatchObject({ y1: geoarrow.cy, y2: box.y + 8 });
    expectNoOverlaps(layout);
  });

  it('labels every employer on a phone', () => {
    const layout = vertical(343);
    for (const id of ['whut', 'meituan', 'amazon', 'xiaomi', 'shuhui-shikong']) {
      expect(layout.marks.find((mark) => mark.item.id === id)!.label).not.toBeNull();
    }
  });
});
