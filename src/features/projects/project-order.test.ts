import { describe, expect, it } from 'vitest';
import type { PersonalProject, WorkEntry, WorkProject } from '../../content/schema';
import { orderProjectsChronologically } from './project-order';

function workEntry(id: string, startDate: string): WorkEntry {
  return { id, name: id, position: 'Engineer', startDate, summary: 'Work.', highlights: [] };
}

function workProject(id: string, employer: string): WorkProject {
  return {
    id,
    kind: 'work',
    employer,
    name: id,
    description: 'A project.',
    background: 'Why.',
    responsibility: 'Everything.',
    keywords: ['Rust'],
    challenges: [],
    highlights: [],
    roles: [],
    references: [],
  };
}

function personalProject(
  id: string,
  dates?: { startDate: string; endDate: string },
): PersonalProject {
  return {
    id,
    kind: 'personal',
    name: id,
    entity: 'owner',
    description: 'A repository.',
    keywords: ['Rust'],
    url: `https://github.com/owner/${id}`,
    highlights: [],
    roles: [],
    challenges: [],
    references: [],
    ...dates,
  };
}

const ids = (projects: { id: string }[]) => projects.map((project) => project.id);

describe('orderProjectsChronologically', () => {
  it('puts work projects in the order their employers started', () => {
    const resume = {
      work: [workEntry('later', '2023-09'), workEntry('earlier', '2021-07')],
      projects: [workProject('at-later', 'later'), workProject('at-earlier', 'earlier')],
    };
    expect(ids(orderProjectsChronologically(resume))).toEqual(['at-earlier', 'at-later']);
  });

  it('keeps the résumé order of the projects done at one employer', () => {
    const resume = {
      work: [workEntry('xiaomi', '2021-07')],
      projects: [workProject('second', 'xiaomi'), workProject('first', 'xiaomi')],
    };
    expect(ids(orderProjectsChronologically(resume))).toEqual(['second', 'first']);
  });

  it('puts the personal projects after the work projects, in résumé order, even dated ones', () => {
    const resume = {
      work: [workEntry('xiaomi', '2021-07')],
      projects: [
        personalProject('undated'),
        personalProject('dated', { startDate: '2020-01', endDate: '2020-02' }),
        workProject('at-work', 'xiaomi'),
      ],
    };
    expect(ids(orderProjectsChronologically(resume))).toEqual(['at-work', 'undated', 'dated']);
  });

  it('does not change the résumé it is given', () => {
    const resume = {
      work: [workEntry('later', '2023-09'), workEntry('earlier', '2021-07')],
      projects: [workProject('at-later', 'later'), workProject('at-earlier', 'earlier')],
    };
    orderProjectsChronologically(resume);
    expect(ids(resume.projects)).toEqual(['at-later', 'at-earlier']);
  });
});
