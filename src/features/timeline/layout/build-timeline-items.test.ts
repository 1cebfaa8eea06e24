import { describe, expect, it } from 'vitest';
import { originalLanguage } from '../../../config/languages';
import { resumeIn } from '../../../test/resumes';
import { buildUndatedEntries } from './build-timeline-items';
import { realItems, testNow, utc } from '../../../test/timeline-items';

// Expectations come from the content file itself, so that an edit to the résumé breaks nothing here.
const resume = resumeIn(originalLanguage);

describe('buildTimelineItems', () => {
  const items = realItems();
  const byId = (id: string) => items.find((item) => item.id === id)!;
  const undated = buildUndatedEntries(resume, {
    commits: (count) => `${count} commits`,
    projectHref: (id) => `/${originalLanguage}/projects/${id}`,
  });

  it('puts every item of the résumé either on the timeline or in the undated list, once', () => {
    const dated = <T extends { id: string }>(entries: T[], date: (entry: T) => unknown) =>
      entries.filter((entry) => date(entry) !== undefined).map((entry) => entry.id);
    const all = [
      ...dated(resume.education, (entry) => entry.startDate),
      ...dated(resume.work, (entry) => entry.startDate),
      ...dated(resume.volunteer, (entry) => entry.startDate),
      ...resume.projects.map((project) => project.id),
      ...resume.contributions.map((contribution) => contribution.id),
      ...dated(resume.publications, (entry) => entry.releaseDate),
      ...dated(resume.awards, (entry) => entry.date),
      ...dated(resume.certificates, (entry) => entry.date),
    ];
    const shown = [...items.map((item) => item.id), ...undated.map((entry) => entry.id)];
    expect(shown.sort()).toEqual(all.sort());
  });

  it('lists the undated personal projects, then the undated contributions, in the résumé’s order', () => {
    const expected = [
      ...resume.projects.filter((p) => p.kind === 'personal' && !p.startDate).map((p) => p.id),
      ...resume.contributions.filter((c) => !c.startDate).map((c) => c.id),
    ];
    expect(undated.map((entry) => entry.id)).toEqual(expected);
  });

  it('runs a period through its last month, and an ongoing one to now', () => {
    for (const job of resume.work) {
      const [year, month] = job.startDate!.split('-').map(Number);
      expect(byId(job.id).start).toEqual(utc(year!, month!));
      if (!job.endDate) expect(byId(job.id).end).toEqual(testNow);
      expect(byId(job.id).ongoing).toBe(!job.endDate);
    }
  });

  it('a project without dates takes its employer’s whole period, labelled as the employer’s', () => {
    for (const project of resume.projects) {
      if (project.kind !== 'work') continue;
      const item = byId(project.id);
      const employer = byId(project.employer);
      expect(item.kind).toBe('work-project');
      expect(item.start).toEqual(employer.start);
      expect(item.end).toEqual(employer.end);
      expect(item.period).toBe(`${employer.name}: ${employer.period}`);
      expect(item.href).toBe(`/${originalLanguage}/projects/${project.id}`);
    }
  });

  it('lists the items in time order, each employer followed by its projects in the résumé’s order', () => {
    const anchors = items.map((item) => item.anchor.getTime());
    expect(anchors).toEqual([...anchors].sort((a, b) => a - b));
    for (const job of resume.work) {
      const ids = items.map((item) => item.id);
      const projects = resume.projects.filter((p) => p.kind === 'work' && p.employer === job.id);
      projects.forEach((project, index) =>
        expect(ids.indexOf(project.id)).toBe(ids.indexOf(job.id) + 1 + index),
      );
    }
  });

  const workProject = resume.projects.find((p) => p.kind === 'work');
  it.skipIf(!workProject)(
    'gives an employer the technologies of its projects (needs a work project)',
    () => {
      const project = workProject!;
      const job = resume.work.find(
        (entry) => project.kind === 'work' && entry.id === project.employer,
      )!;
      expect(byId(job.id).technologies).toEqual(
        expect.arrayContaining([...byId(project.id).technologies]),
      );
    },
  );
});
