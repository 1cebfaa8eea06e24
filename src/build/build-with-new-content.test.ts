// @vitest-environment jsdom
import type { SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages, type Language } from '../config/languages';
import { buildCopy, copyProject, removeCopy } from './project-copy';

/*
 * The owner's main task is editing the résumé. This copies the project, adds to every language an
 * employer, an undated work project there, a dated personal project and an open-source
 * contribution, builds the copy as `npm run build` does, and reads what the build wrote.
 */
type Entry = Record<string, unknown> & { id?: string };
interface Document {
  work?: Entry[];
  projects?: Entry[];
  contributions?: Entry[];
}

const added = {
  employer: 'added-employer',
  workProject: 'added-work-project',
  datedProject: 'added-dated-project',
  contribution: 'added-contribution',
};
type Added = keyof typeof added;
/** The added entries' names, built from the language tag so that any language has them. */
const namesIn = (language: Language): Record<Added, string> => ({
  employer: `Added employer ${language}`,
  workProject: `Added work project ${language}`,
  datedProject: `Added personal project ${language}`,
  contribution: `Added contribution ${language}`,
});
const contributionUrl = 'https://github.com/example/added/commits?author=example';

/**
 * The résumé with the four entries added: each cloned from one of its kind, so that it has every
 * field the owner's entries have, or a minimal valid entry where the content has none of that kind.
 */
function withAddedEntries(document: Document, language: Language): Document {
  const name = namesIn(language);
  const work = document.work ?? [];
  const projects = document.projects ?? [];
  const contributions = document.contributions ?? [];
  const job = work[0] ?? { position: 'Engineer' };
  const workProject = projects.find((entry) => entry.employer) ?? {
    description: 'A project done at the added employer.',
  };
  const personal = projects.find((entry) => !entry.employer) ?? {
    description: 'A project of their own.',
  };
  const contribution = contributions[0] ?? { commits: 3 };
  return {
    ...document,
    // Before the first employer, so the résumé's order stays chronological.
    work: [
      { ...job, id: added.employer, name: name.employer, startDate: '2012-03', endDate: '2013-06' },
      ...work,
    ],
    projects: [
      ...projects,
      { ...workProject, id: added.workProject, name: name.workProject, employer: added.employer },
      {
        ...personal,
        id: added.datedProject,
        name: name.datedProject,
        url: 'https://github.com/example/added',
        startDate: '2025-01',
        endDate: '2025-02',
      },
    ],
    contributions: [
      ...contributions,
      { ...contribution, id: added.contribution, name: name.contribution, url: contributionUrl },
    ],
  };
}

let copy: string;
let build: SpawnSyncReturns<string>;
const read = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');
const page = (path: string) => new DOMParser().parseFromString(read(path), 'text/html');

beforeAll(() => {
  copy = copyProject();
  for (const language of languages) {
    const file = join(copy, `src/content/resume.${language}.json`);
    const document = JSON.parse(readFileSync(file, 'utf8')) as Document;
    writeFileSync(file, JSON.stringify(withAddedEntries(document, language), null, 2));
  }
  build = buildCopy(copy);
}, 600_000);

afterAll(() => removeCopy(copy));

describe('a build of a résumé with an added employer, projects and contribution', () => {
  it('succeeds', () => {
    expect(build.stderr + build.stdout).not.toMatch(/problem/i);
    expect(build.status).toBe(0);
  });

  describe.each(languages)('in %s', (language) => {
    const hrefs = {
      employer: `/${language}/work/${added.employer}/`,
      workProject: `/${language}/projects/${added.workProject}/`,
      datedProject: `/${language}/projects/${added.datedProject}/`,
      contribution: contributionUrl,
    };

    it('draws every added item on the home page timeline, by its name', () => {
      const home = page(`${language}/index.html`);
      const timeline = home.querySelector('.timeline-frame')!.closest('section')!;
      for (const [kind, href] of Object.entries(hrefs)) {
        const links = [...timeline.querySelectorAll(`a[href="${href}"]`)];
        expect(links.length, kind).toBeGreaterThan(0);
        const name = namesIn(language)[kind as Added];
        expect(
          links.some((link) =>
            (link.getAttribute('aria-label') ?? link.textContent)?.startsWith(name),
          ),
          kind,
        ).toBe(true);
      }
    });

    it("lists every added item in the home page's résumé document", () => {
      const home = page(`${language}/index.html`);
      const timeline = home.querySelector('.timeline-frame')!.closest('section')!;
      for (const [kind, href] of Object.entries(hrefs)) {
        const links = [...home.querySelectorAll(`main a[href="${href}"]`)];
        expect(
          links.some((link) => !timeline.contains(link)),
          kind,
        ).toBe(true);
      }
    });

    it('gives the added employer and projects pages of their own, in the sitemap', () => {
      const sitemap = read('sitemap.xml');
      for (const href of [hrefs.employer, hrefs.workProject, hrefs.datedProject]) {
        expect(page(`${href.slice(1)}index.html`).querySelector('h1')?.textContent).toBeTruthy();
        expect(sitemap).toContain(`<loc>http://localhost:4999${href}</loc>`);
      }
    });
  });
});
