import type { TimelineItem } from '../../src/features/timeline/layout/timeline-item';

/**
 * A made-up career of `size` timeline items, for the benchmark and the layout tests: a school, then
 * employers in overlapping succession, each with up to six (undated) work projects, and dated
 * open-source work. Deterministic, so runs compare and tests are stable.
 */
export function generateCareer(size: number, now: Date): TimelineItem[] {
  const items: TimelineItem[] = [];
  const start = Date.UTC(2000, 0, 1);
  const span = now.getTime() - start;
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const base = (id: string, kind: string, from: number, to: number) => {
    const name = `${kind} ${id} ${'name '.repeat(Math.floor(random() * 4))}`.trim();
    return {
      id,
      name,
      period: 'period',
      summary: 'A one-line summary.',
      accessibleName: `${name}, period`,
      technologies: random() < 0.5 ? ['rust'] : ['java'],
      start: new Date(from),
      end: new Date(to),
      anchor: new Date(from),
      ongoing: false,
      href: `/en/projects/${id}/`,
    };
  };

  items.push({
    ...base('school', 'education', start, start + span * 0.1),
    kind: 'education',
    lane: 'education',
    detail: 'Degree',
    technologies: [],
    href: undefined,
  });
  const employers = Math.max(1, Math.round(size / 10));
  for (let e = 0; e < employers && items.length < size; e += 1) {
    const from = start + span * (0.1 + (0.9 * e) / employers);
    const to = Math.min(now.getTime(), from + (span * 0.9 * (1 + random())) / employers);
    const employerId = `employer-${e}`;
    items.push({
      ...base(employerId, 'employer', from, to),
      kind: 'employer',
      lane: 'work',
      detail: 'Role',
    });
    const projects = Math.min(6, size - items.length);
    for (let p = 0; p < projects; p += 1) {
      items.push({
        ...base(`project-${e}-${p}`, 'project', from, to),
        kind: 'work-project',
        lane: 'work',
        employerId,
      });
    }
  }
  for (let c = 0; items.length < size; c += 1) {
    const from = start + span * random();
    items.push({
      ...base(`contribution-${c}`, 'contribution', from, from + 60 * 86_400_000),
      kind: 'contribution',
      lane: 'open-source',
      external: true,
    });
  }
  return items.sort((a, b) => a.anchor.getTime() - b.anchor.getTime());
}
