import { describe, expect, it } from 'vitest';
import { normalizeResume, slugify } from './normalize-resume';
import { resumeSchema } from './schema';

const normalize = (document: unknown) => normalizeResume(resumeSchema.parse(document));

describe('normalizeResume', () => {
  it('keeps an id the document gives', () => {
    const resume = normalize({ work: [{ id: 'acme', name: 'Acme Corporation' }] });
    expect(resume.work[0]!.id).toBe('acme');
  });

  it('derives a missing id from the entry’s name, as a kebab-case ASCII slug', () => {
    const resume = normalize({
      work: [{ name: 'Pied Piper, Inc.' }],
      education: [{ institution: 'Université de Montréal' }],
      awards: [{ title: 'Digital Compression Pioneer Award' }],
    });
    expect(resume.work[0]!.id).toBe('pied-piper-inc');
    expect(resume.education[0]!.id).toBe('universite-de-montreal');
    expect(resume.awards[0]!.id).toBe('digital-compression-pioneer-award');
  });

  it('falls back to the section and position for a name without Latin letters', () => {
    const resume = normalize({ projects: [{ name: 'A' }, { name: 'B' }, { name: '任务调度器' }] });
    expect(resume.projects.map((project) => project.id)).toEqual(['a', 'b', 'project-3']);
  });

  it('gives a translation the original’s ids, entry by entry, whatever its names', () => {
    const original = resumeSchema.parse({ work: [{ name: '小米科技' }, { name: 'Pied Piper' }] });
    const translation = resumeSchema.parse({ work: [{ name: 'Xiaomi' }, { name: 'Pied Piper' }] });
    const ids = (document: typeof original, of?: typeof original) =>
      normalizeResume(document, of).work.map((entry) => entry.id);
    expect(ids(original)).toEqual(['work-1', 'pied-piper']);
    expect(ids(translation, original)).toEqual(['work-1', 'pied-piper']);
    expect(ids(translation)).toEqual(['xiaomi', 'pied-piper']);
  });

  it('keeps derived ids unique across every section, without taking a given one', () => {
    const resume = normalize({
      work: [{ name: 'Raft' }, { id: 'raft-2', name: 'Other' }],
      projects: [{ name: 'Raft' }, { name: 'raft' }],
    });
    expect(resume.work.map((entry) => entry.id)).toEqual(['raft', 'raft-2']);
    expect(resume.projects.map((project) => project.id)).toEqual(['raft-3', 'raft-4']);
  });

  it('makes a project with an employer work, and one without personal', () => {
    const resume = normalize({
      work: [{ id: 'acme', name: 'Acme' }],
      projects: [
        { name: 'Scheduler', employer: 'acme', type: 'application' },
        { name: 'Parser', entity: 'someone' },
      ],
    });
    expect(resume.projects.map((project) => [project.kind, project.type])).toEqual([
      ['work', 'application'],
      ['personal', undefined],
    ]);
  });

  it('gives every missing list as an empty one', () => {
    const resume = normalize({ projects: [{ name: 'Parser' }] });
    expect(resume.work).toEqual([]);
    expect(resume.contributions).toEqual([]);
    expect(resume.basics.profiles).toEqual([]);
    expect(resume.projects[0]).toMatchObject({ keywords: [], highlights: [], references: [] });
  });

  it('reads blank text, which JSON Resume allows, as absent', () => {
    expect(normalize({ basics: { name: 'R', image: '' } }).basics).toEqual({
      name: 'R',
      image: undefined,
      profiles: [],
    });
  });
});

describe('slugify', () => {
  it('keeps the Latin part of a mixed name', () => {
    expect(slugify('数慧时空 (Shuhui Shikong)')).toBe('shuhui-shikong');
    expect(slugify('数慧时空')).toBe('');
  });
});
