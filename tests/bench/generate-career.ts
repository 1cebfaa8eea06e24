import type { TimelineItem } from '../../src/features/timeline/layout/timeline-item';

/**
 * A made-up career of `size` timeline items, for the benchmark only: a school, then employers in
 * overlapping succession, each with projects spread across its period, and dated open-source work.
 * Deterministic, so runs compare.
 */
export function generateCareer(size: number, now: Date): TimelineItem[] {
  const items: TimelineItem[] = [];
  const start = Date.UTC(2000, 0, 1);
  const span = now.getTime() - start;
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const item = (
    id: string,
    kind: TimelineItem['kind'],
    from: number,
    to: number,
    anchor = from,
  ): TimelineItem => {
    const name = `${kind} ${id} ${'name '.repeat(Math.floor(random() * 4))}`.trim();
    return {
      id,
      kind,
      lane: kind === 'education' ? 'education' : kind === 'contribution' ? 'open-source' : 'work',
      name,
      detail: 'Role',
      period: 'period',
      summary: 'A one-line summary.',
      accessibleName: `${name}, period`,
      start: new Date(from),
      end: new Date(to),
      anchor: new Date(anchor),
      ongoing: false,
      href: kind === 'education' ? undefined : `/en/projects/${id}`,
    };
  };

  items.push(item('school', 'education', start, start + span * 0.1));
  const employers = Math.max(1, Math.round(size / 10));
  for (let e = 0; e < employers && items.length < size; e += 1) {
    const from = start + span * (0.1 + (0.9 * e) / employers);
    const to = Math.min(now.getTime(), from + (span * 0.9 * (1 + random())) / employers);
    items.push(item(`employer-${e}`, 'employer', from, to));
    const projects = Math.min(6, size - items.length);
    for (let p = 0; p < projects; p += 1) {
      items.push(
        item(
          `project-${e}-${p}`,
          'project',
          from,
          to,
          from + ((to - from) * (p + 1)) / (projects + 1),
        ),
      );
    }
  }
  for (let c = 0; items.length < size; c += 1) {
    const from = start + span * random();
    items.push(item(`contribution-${c}`, 'contribution', from, from + 60 * 86_400_000));
  }
  return items.sort((a, b) => a.anchor.getTime() - b.anchor.getTime());
}
