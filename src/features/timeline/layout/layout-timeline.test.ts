import { describe, expect, it } from 'vitest';
import { generateCareer } from '../../../../tests/bench/generate-career';
import {
  createTimeScale,
  horizontalScale,
  timelineDomain,
  verticalScale,
} from './create-time-scale';
import { layoutTimeline } from './layout-timeline';
import { intersects, markBox, type Box } from './box-geometry';
import { testLaneTitles, testNow, utc } from '../../../test/timeline-items';
import type { BandItem, TimelineItem, WorkProjectItem } from './timeline-item';
import type { TimelineLayout } from './timeline-layout-types';
import { timelineMetrics } from './timeline-metrics';

// A synthetic career, so that editing the résumé breaks no layout test.
const items = generateCareer(30, testNow);
const domain = timelineDomain(items, testNow);
const laneTitles = testLaneTitles;
const formatTick = (tick: { date: Date }) => String(tick.date.getUTCFullYear());
const [first, last] = domain;
const span = last.getTime() - first.getTime();
const at = (fraction: number) => new Date(first.getTime() + span * fraction);

function horizontal(window: [Date, Date], width = 1100, career = items) {
  return layoutTimeline({
    items: career,
    domain: timelineDomain(career, testNow),
    scale: horizontalScale(window, width),
    orientation: 'horizontal',
    width,
    laneTitles,
    formatTick,
  });
}

function vertical(width = 343, zoom = 1) {
  return layoutTimeline({
    items,
    domain,
    scale: verticalScale(domain, zoom),
    orientation: 'vertical',
    width,
    laneTitles,
    formatTick,
  });
}

const byId = (layout: TimelineLayout, id: string) =>
  layout.marks.find((mark) => mark.item.id === id)!;

/** Every pair of a label and something else drawn (another label, or any other mark's shape) that overlap. */
function collisions(layout: TimelineLayout): string[] {
  const found: string[] = [];
  const labels = layout.marks.flatMap((mark) =>
    mark.label ? [{ mark, box: mark.label.box }] : [],
  );
  const shapes = layout.marks
    .filter((mark) => mark.visible)
    .map((mark) => ({ mark, box: markBox(mark) }));
  labels.forEach((a, i) => {
    labels.slice(i + 1).forEach((b) => {
      if (intersects(a.box, b.box)) found.push(`${a.mark.item.id} label × ${b.mark.item.id} label`);
    });
    for (const b of shapes) {
      if (b.mark === a.mark) continue;
      if (intersects(a.box, clip(b.box, layout.width)))
        found.push(`${a.mark.item.id} label × ${b.mark.item.id}`);
    }
  });
  return found;
}

function clip(box: Box, width: number): Box {
  const x0 = Math.max(box.x, 0);
  return { ...box, x: x0, width: Math.max(0, Math.min(box.x + box.width, width) - x0) };
}

const labelText = (layout: TimelineLayout, id: string) =>
  byId(layout, id)
    .label?.lines.map((line) => line.text)
    .join(' ') ?? '';

describe('the horizontal layout', () => {
  it('draws each band from its start to its end on the scale', () => {
    const layout = horizontal(domain);
    const scale = createTimeScale(domain, [0, 1100]);
    for (const mark of layout.marks) {
      if (mark.shape !== 'band') continue;
      expect(mark.rect.x).toBeCloseTo(scale(mark.item.start), 6);
      expect(mark.rect.x + mark.rect.width).toBeCloseTo(scale(mark.item.end), 6);
    }
  });

  it('draws the row of nodes as tall as its labels need, and every node label inside its lane', () => {
    const layout = horizontal(domain);
    const lane = layout.lanes.find((each) => each.id === 'open-source')!;
    for (const mark of layout.marks) {
      if (mark.shape !== 'node' || !mark.label) continue;
      expect(mark.label.box.y).toBeGreaterThanOrEqual(lane.from);
      expect(mark.label.box.y + mark.label.box.height).toBeLessThanOrEqual(lane.to);
    }
  });

  it('a project without dates sits under its employer’s band, as long as the band, in the résumé’s order', () => {
    const layout = horizontal(domain);
    const projects = items.filter((item) => item.kind === 'work-project');
    expect(projects.length).toBeGreaterThan(2);
    for (const item of projects) {
      const block = byId(layout, item.id);
      const band = byId(layout, item.employerId);
      if (block.shape !== 'block' || band.shape !== 'band')
        throw new Error('expected a block under a band');
      expect(block.rect.x).toBe(band.rect.x);
      expect(block.rect.width).toBe(band.rect.width);
      expect(block.rect.y).toBeGreaterThanOrEqual(band.rect.y + band.rect.height);
    }
    const employer = projects[0]!.employerId;
    const tops = projects
      .filter((item) => item.employerId === employer)
      .map((item) => (byId(layout, item.id) as { rect: Box }).rect.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('draws no undated project as a point: nodes are only the dated items', () => {
    const layout = horizontal(domain);
    for (const mark of layout.marks)
      if (mark.shape === 'node') expect(['project', 'contribution']).toContain(mark.item.kind);
  });

  it('orders the lanes education, work, open source, top to bottom', () => {
    expect(horizontal(domain).lanes.map((lane) => lane.id)).toEqual([
      'education',
      'work',
      'open-source',
    ]);
  });

  it('shows every band’s and block’s label in full at the default view', () => {
    const layout = horizontal(domain);
    for (const mark of layout.marks) {
      if (mark.shape === 'band')
        expect(labelText(layout, mark.item.id)).toBe(`${mark.item.name} ${mark.item.detail}`);
      else if (mark.shape === 'block') expect(labelText(layout, mark.item.id)).toBe(mark.item.name);
    }
  });

  it('puts no label over another label or another mark, at any zoom window or width', () => {
    const windows: [Date, Date][] = [
      domain,
      [at(0.2), at(0.5)],
      [at(0.45), at(0.55)],
      [at(0.9), last],
    ];
    for (const width of [640, 900, 1100, 1600])
      for (const window of windows) expect(collisions(horizontal(window, width))).toEqual([]);
  });

  it('gives every mark a target of at least 24 × 24 px', () => {
    for (const mark of horizontal(domain).marks) {
      const box = markBox(mark);
      expect(box.height).toBeGreaterThanOrEqual(timelineMetrics.minTarget);
      if (mark.shape === 'node')
        expect(box.width).toBeGreaterThanOrEqual(timelineMetrics.minTarget);
    }
  });

  it('labels only marks in view, and hides the ones scrolled out', () => {
    const layout = horizontal([at(0.9), last]);
    const school = byId(layout, 'school');
    expect(school.visible).toBe(false);
    expect(school.label).toBeNull();
  });

  it('keeps band and block labels inside their shape', () => {
    for (const mark of horizontal(domain, 900).marks) {
      if (mark.shape === 'node' || !mark.label) continue;
      expect(mark.label.box.x).toBeGreaterThanOrEqual(mark.rect.x);
      expect(mark.label.box.x + mark.label.box.width).toBeLessThanOrEqual(
        mark.rect.x + mark.rect.width,
      );
      expect(mark.label.box.y + mark.label.box.height).toBeLessThanOrEqual(
        mark.rect.y + mark.rect.height,
      );
    }
  });

  it('lays out a thousand items without a label over another mark', () => {
    const big = generateCareer(1000, testNow);
    const window: [Date, Date] = [utc(2010), utc(2012)];
    expect(collisions(horizontal(window, 1100, big))).toEqual([]);
  });
});

describe('a band too short to hold its label at the default view, with room beside it', () => {
  // A job begun two months ago, and one of two months at the very start of the axis.
  const months = (date: Date, count: number) =>
    new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1));
  const shortJob = (id: string, start: Date, end: Date): TimelineItem[] => {
    const employer = items.find((item): item is BandItem => item.kind === 'employer')!;
    const project = items.find((item): item is WorkProjectItem => item.kind === 'work-project')!;
    const dates = { start, end, anchor: start };
    return [
      { ...employer, ...dates, id, name: `Short Job ${id}`, detail: 'Storage Engineer' },
      { ...project, ...dates, id: `${id}-project`, name: 'A Project Rewrite', employerId: id },
    ];
  };
  // The work lane holds only these two, so that their row has room beside them.
  const career = [
    ...shortJob('first', first, months(first, 2)),
    ...items.filter((item) => item.lane !== 'work'),
    ...shortJob('latest', months(testNow, -2), testNow),
  ].sort((a, b) => a.anchor.getTime() - b.anchor.getTime());
  const careerDomain = timelineDomain(career, testNow);
  const width = 1100;
  const layout = horizontal(careerDomain, width, career);
  const short = layout.marks.filter((mark) => /^(first|latest)/.test(mark.item.id));

  it('sets its label and its blocks’ beside it, in full, inside the chart and clear of every mark', () => {
    expect(short).toHaveLength(4);
    for (const mark of short) {
      if (mark.shape === 'node') throw new Error('expected a band or a block');
      const text = mark.shape === 'band' ? `${mark.item.name} ${mark.item.detail}` : mark.item.name;
      expect(labelText(layout, mark.item.id), mark.item.id).toBe(text);
      const { box } = mark.label!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      if (mark.item.id.startsWith('latest'))
        expect(box.x + box.width).toBeLessThanOrEqual(mark.rect.x);
      else expect(box.x).toBeGreaterThanOrEqual(mark.rect.x + mark.rect.width);
    }
    expect(collisions(layout)).toEqual([]);
  });

  it('makes each such mark, with its label, a target at least 24 px wide', () => {
    for (const mark of short) {
      const shape = markBox(mark);
      const { box } = mark.label!;
      const left = Math.min(shape.x, box.x);
      const right = Math.max(shape.x + shape.width, box.x + box.width);
      expect(right - left, mark.item.id).toBeGreaterThanOrEqual(timelineMetrics.minTarget);
    }
  });

  it('brings the label inside once a zoom makes room for it', () => {
    const zoomed = horizontal([months(testNow, -5), testNow], width, career);
    const band = byId(zoomed, 'latest');
    if (band.shape !== 'band') throw new Error('expected a band');
    expect(band.label!.box.x).toBeGreaterThanOrEqual(band.rect.x);
    expect(labelText(zoomed, 'latest')).toBe(`${band.item.name} ${band.item.detail}`);
    expect(collisions(zoomed)).toEqual([]);
  });
});

describe('the vertical layout', () => {
  it('runs newest first: later items sit higher', () => {
    const layout = vertical();
    const employers = items.filter((item) => item.kind === 'employer');
    const tops = employers.map((item) => (byId(layout, item.id) as { rect: Box }).rect.y);
    expect(tops).toEqual([...tops].sort((a, b) => b - a));
    const school = byId(layout, 'school') as { rect: Box };
    expect(school.rect.y).toBeGreaterThan(tops[0]!);
  });

  it('reads top to bottom in the keyboard order, each employer followed by its projects', () => {
    const layout = vertical();
    const ids = layout.marks.map((mark) => mark.item.id);
    for (const item of items) {
      if (item.kind !== 'work-project') continue;
      const employerAt = ids.indexOf(item.employerId);
      const siblings = items.filter(
        (other) => other.kind === 'work-project' && other.employerId === item.employerId,
      );
      expect(ids.indexOf(item.id)).toBe(employerAt + 1 + siblings.indexOf(item));
    }
  });

  it('keeps every mark and label inside a 343 px wide column, in text of at least 12 px', () => {
    const layout = vertical(343);
    for (const mark of layout.marks) {
      const box = markBox(mark);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(343);
      if (!mark.label) continue;
      expect(mark.label.box.x + mark.label.box.width).toBeLessThanOrEqual(343);
      for (const line of mark.label.lines) expect(line.size).toBeGreaterThanOrEqual(12);
    }
    expect(collisions(layout)).toEqual([]);
  });

  it('grows taller as it zooms in, and never puts a label over another', () => {
    expect(vertical(343, 2).height).toBeGreaterThan(vertical(343, 1).height * 1.5);
    expect(collisions(vertical(343, 2))).toEqual([]);
    expect(collisions(vertical(300, 1))).toEqual([]);
  });

  it('labels every band and block on a phone', () => {
    for (const mark of vertical(343).marks)
      if (mark.shape !== 'node') expect(mark.label, mark.item.id).not.toBeNull();
  });
});

describe('jobs that hand over in a month', () => {
  // Each job ends in the month the next begins, as months in the content do: a handover.
  const employer = items.find((item): item is BandItem => item.kind === 'employer')!;
  const project = items.find((item): item is WorkProjectItem => item.kind === 'work-project')!;
  const job = (id: string, start: Date, end: Date): TimelineItem[] => {
    const dates = { start, end, anchor: start };
    return [
      { ...employer, ...dates, id, name: `Job ${id}`, detail: 'Engineer' },
      { ...project, ...dates, id: `${id}-project`, name: 'A Rewrite', employerId: id },
    ];
  };
  const career = [
    ...items.filter((item) => item.lane !== 'work'),
    ...job('a', utc(2008, 3), utc(2012, 9)), // through August 2012
    ...job('b', utc(2012, 8), utc(2016, 2)), // from August 2012, through January 2016
    ...job('c', utc(2016, 1), testNow),
  ].sort((a, b) => a.anchor.getTime() - b.anchor.getTime());
  const bands = (layout: TimelineLayout) =>
    layout.marks.filter((mark) => mark.shape === 'band' && mark.item.lane === 'work');

  it('draws them in one row, each band meeting the next, with no label over another mark', () => {
    for (const width of [640, 1100, 1440]) {
      const layout = horizontal(timelineDomain(career, testNow), width, career);
      const rects = bands(layout).map((mark) => (mark as { rect: Box }).rect);
      expect(rects).toHaveLength(3);
      expect(new Set(rects.map((rect) => rect.y)).size).toBe(1);
      for (const [left, right] of [rects.slice(0, 2), rects.slice(1, 3)] as [Box, Box][])
        expect(left.x + left.width).toBeCloseTo(right.x, 6);
      expect(collisions(layout)).toEqual([]);
    }
  });

  it('draws them in one column on a phone, one band ending where the next begins', () => {
    const careerDomain = timelineDomain(career, testNow);
    const layout = layoutTimeline({
      items: career,
      domain: careerDomain,
      scale: createTimeScale(careerDomain, [2000, 16]),
      orientation: 'vertical',
      width: 343,
      laneTitles,
      formatTick,
    });
    const rects = bands(layout).map((mark) => (mark as { rect: Box }).rect);
    expect(new Set(rects.map((rect) => rect.x)).size).toBe(1);
    const sorted = [...rects].sort((a, b) => a.y - b.y);
    for (let i = 1; i < sorted.length; i += 1)
      expect(sorted[i - 1]!.y + sorted[i - 1]!.height).toBeCloseTo(sorted[i]!.y, 6);
    expect(collisions(layout)).toEqual([]);
  });
});

describe('a lane of nodes whose labels fit beside them', () => {
  const contribution = items.find((item) => item.kind === 'contribution')!;
  const nodes: TimelineItem[] = [utc(2004), utc(2012), utc(2020)].map((start, index) => ({
    ...contribution,
    id: `spread-${index}`,
    name: `Contribution ${index}`,
    start,
    end: new Date(start.getTime() + 60 * 86_400_000),
    anchor: start,
  }));
  const career = [...items.filter((item) => item.lane !== 'open-source'), ...nodes].sort(
    (a, b) => a.anchor.getTime() - b.anchor.getTime(),
  );

  it('is no taller than its title, one row of nodes with their labels, and a row gap', () => {
    const layout = horizontal(timelineDomain(career, testNow), 1100, career);
    const lane = layout.lanes.find((each) => each.id === 'open-source')!;
    const { laneTitleSize, nodeRowHeight, lineHeight, rowGap } = timelineMetrics;
    expect(lane.to - lane.from).toBeLessThanOrEqual(
      laneTitleSize + Math.max(nodeRowHeight, lineHeight) + rowGap,
    );
    const labelled = layout.marks.filter((mark) => mark.shape === 'node' && mark.label);
    expect(labelled).toHaveLength(nodes.length);
    expect(collisions(layout)).toEqual([]);
  });
});
