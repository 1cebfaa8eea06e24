import { describe, expect, it } from 'vitest';
import { normalizeResume } from '../../../content/normalize-resume';
import { resumeSchema } from '../../../content/schema';
import { buildTimelineItems, buildUndatedEntries } from './build-timeline-items';
import { createTimeScale, timelineDomain } from './create-time-scale';
import { layoutTimeline } from './layout-timeline';
import { testLaneTitles, testNow, utc } from '../../../test/timeline-items';
import type { Orientation } from './timeline-layout-types';
import { nodeHitRadius } from './timeline-metrics';

// Synthetic documents: one entry of each dated section, so that no test depends on the owner's résumé.
const text = {
  formatPeriod: (start?: string, end?: string) =>
    start ? `${start} – ${end ?? 'now'}` : (end ?? ''),
  employerPeriod: (employer: string, period: string) => `${employer}: ${period}`,
  repositoryPeriod: (period: string) => `repository ${period}`,
  accessibleName: (name: string, period: string, external: boolean) =>
    `${name}, ${period}${external ? ' (GitHub)' : ''}`,
  commits: (count: number) => `${count} commits`,
  workHref: (id: string) => `/en/work/${id}/`,
  projectHref: (id: string) => `/en/projects/${id}/`,
  resumeEntryHref: (section: string, id: string) => `/en/resume/#${section}-${id}`,
};

const itemsOf = (document: unknown) =>
  buildTimelineItems(normalizeResume(resumeSchema.parse(document)), testNow, text);

const career = {
  work: [{ id: 'acme', name: 'Acme', position: 'Engineer', startDate: '2015-03' }],
  volunteer: [
    {
      id: 'food-bank',
      organization: 'City Food Bank',
      position: 'Driver',
      startDate: '2016-05',
      endDate: '2018-09',
    },
  ],
  publications: [{ id: 'paper', name: 'On Lanes', publisher: 'ACM', releaseDate: '2019-06-12' }],
  awards: [{ id: 'prize', title: 'Best Paper', awarder: 'ACM', date: '2020' }],
  certificates: [{ id: 'cert', name: 'Cloud Architect', issuer: 'Example Cloud', date: '2021-02' }],
};

function layout(document: unknown, orientation: Orientation) {
  const items = itemsOf(document);
  const domain = timelineDomain(items, testNow);
  const width = orientation === 'horizontal' ? 1100 : 343;
  return layoutTimeline({
    items,
    domain,
    scale: createTimeScale(domain, orientation === 'horizontal' ? [0, width] : [1200, 16]),
    orientation,
    width,
    laneTitles: testLaneTitles,
    formatTick: (tick) => String(tick.date.getUTCFullYear()),
  });
}

describe('a résumé with volunteering, publications, awards and certificates', () => {
  it('draws a volunteer entry as a band in a volunteering lane, from its start through its end', () => {
    const { marks, lanes } = layout(career, 'horizontal');
    const band = marks.find((mark) => mark.item.id === 'food-bank')!;
    expect(band.shape).toBe('band');
    expect(band.item).toMatchObject({ lane: 'volunteer', start: utc(2016, 5), end: utc(2018, 10) });
    expect(lanes.map((lane) => lane.title)).toContain('Volunteering');
  });

  it('draws a dated publication, award and certificate as marks in three lanes of those names', () => {
    const { marks, lanes } = layout(career, 'horizontal');
    expect(lanes.map((lane) => lane.title)).toEqual([
      'Work',
      'Volunteering',
      'Publications',
      'Awards',
      'Certificates',
    ]);
    const lanesOf = Object.fromEntries(marks.map((mark) => [mark.item.id, mark.item.lane]));
    expect(lanesOf).toMatchObject({
      paper: 'publications',
      prize: 'awards',
      cert: 'certificates',
    });
    for (const id of ['paper', 'prize', 'cert'])
      expect(marks.find((mark) => mark.item.id === id)!.shape).toBe('node');
  });

  it('puts each mark at its date, in a lane of its own below the one before', () => {
    const { marks, lanes } = layout(career, 'horizontal');
    const node = (id: string) => marks.find((mark) => mark.item.id === id)!;
    expect(node('paper').item.anchor).toEqual(utc(2019, 6, 12));
    expect(node('prize').item.anchor).toEqual(utc(2020));
    const laneOf = (id: string) => lanes.find((lane) => lane.id === node(id).item.lane)!;
    for (const id of ['paper', 'prize', 'cert']) {
      const mark = node(id);
      if (mark.shape !== 'node') throw new Error(`${id} is not a node`);
      expect(mark.cy).toBeGreaterThan(laneOf(id).from);
      expect(mark.cy).toBeLessThan(laneOf(id).to);
    }
    expect(laneOf('paper').to).toBeLessThanOrEqual(laneOf('prize').from);
    expect(laneOf('prize').to).toBeLessThanOrEqual(laneOf('cert').from);
  });

  it('names each mark by its entry and date, and links it to that entry in the résumé', () => {
    const items = itemsOf(career);
    const byId = (id: string) => items.find((item) => item.id === id)!;
    expect(byId('paper')).toMatchObject({
      accessibleName: 'On Lanes, 2019-06-12',
      href: '/en/resume/#publication-paper',
    });
    expect(byId('prize')).toMatchObject({
      accessibleName: 'Best Paper, 2020',
      href: '/en/resume/#award-prize',
    });
    expect(byId('cert').href).toBe('/en/resume/#certificate-cert');
    expect(byId('food-bank')).toMatchObject({
      accessibleName: 'City Food Bank Driver, 2016-05 – 2018-09',
      href: '/en/resume/#volunteer-food-bank',
    });
  });

  it('on a phone, stands marks of different sections but about one date side by side', () => {
    const { marks } = layout(
      {
        // Fifteen years on a phone's height: a month is a few pixels.
        work: [{ id: 'acme', name: 'Acme', startDate: '2000-01', endDate: '2001-01' }],
        publications: [{ id: 'paper', name: 'Paper', releaseDate: '2014-10-01' }],
        awards: [{ id: 'prize', title: 'Prize', date: '2014-11-01' }],
      },
      'vertical',
    );
    const nodes = marks.filter((mark) => mark.shape === 'node');
    expect(nodes).toHaveLength(2);
    const [a, b] = nodes as [(typeof nodes)[number], (typeof nodes)[number]];
    const apart = Math.hypot(a.cx - b.cx, a.cy - b.cy);
    // Each node's target is a circle of nodeHitRadius: two must not overlap.
    expect(apart).toBeGreaterThanOrEqual(2 * nodeHitRadius);
  });

  it('on a phone, wraps a long mark name between its words, so its lines read as the name', () => {
    const title = 'Digital Compression Pioneer Award of the Year';
    const { marks } = layout({ awards: [{ id: 'prize', title, date: '2014-11-01' }] }, 'vertical');
    const lines = marks.find((mark) => mark.item.id === 'prize')?.label?.lines ?? [];
    expect(lines.length).toBeGreaterThan(1);
    const read = lines.map((line) => line.text + (line.spaceAfter ? ' ' : '')).join('');
    expect(read).toBe(title);
  });

  it('draws no lane for an empty section, nor for one whose entries have no date', () => {
    const { lanes } = layout(
      {
        work: career.work,
        volunteer: [],
        publications: [],
        awards: [{ id: 'undated', title: 'Undated Prize' }],
        certificates: [{ id: 'cert', name: 'Undated Certificate' }],
      },
      'horizontal',
    );
    expect(lanes.map((lane) => lane.id)).toEqual(['work']);
  });

  it('keeps undated awards off the undated list, which holds only projects and contributions', () => {
    const resume = normalizeResume(
      resumeSchema.parse({ awards: [{ id: 'undated', title: 'Undated Prize' }] }),
    );
    expect(buildUndatedEntries(resume, text)).toEqual([]);
  });

  it('shows every new entry on a phone too, in time order, newest first', () => {
    const { marks } = layout(career, 'vertical');
    const ids = marks.map((mark) => mark.item.id);
    expect(ids).toEqual(expect.arrayContaining(['food-bank', 'paper', 'prize', 'cert']));
    expect(ids.indexOf('cert')).toBeLessThan(ids.indexOf('prize'));
    expect(ids.indexOf('prize')).toBeLessThan(ids.indexOf('paper'));
    expect(ids.indexOf('paper')).toBeLessThan(ids.indexOf('food-bank'));
  });
});
