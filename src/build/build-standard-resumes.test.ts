// @vitest-environment jsdom
import type { SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, removeCopy } from './project-copy';

/*
 * Someone makes the site theirs by dropping in their own JSON Resume. Each résumé that ships with the
 * standard (@jsonresume/schema: its sample and its examples) is built here, unchanged, as a copy's
 * only content file, and every string in it that a visitor should read must be in the pages.
 */
const schemaDir = dirname(
  createRequire(import.meta.url).resolve('@jsonresume/schema/package.json'),
);
const standardResumes = [
  'sample.resume.json',
  'examples/career-changer.resume.json',
  'examples/new-grad.resume.json',
  'examples/senior-engineer.resume.json',
];

/**
 * Fields that are not for reading: addresses and numbers a link or a machine uses, dates (shown in
 * the reader's format, not as written), the file's own metadata, and the parts of a postal address
 * the site leaves out (it shows a city and region only).
 */
const notRead = new Set([
  '$schema',
  'meta',
  'url',
  'email',
  'phone',
  'image',
  'startDate',
  'endDate',
  'date',
  'releaseDate',
  'address',
  'postalCode',
  'countryCode',
]);

/** Every string of a document a visitor should read, with its JSON path. */
function readableStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return value.trim() ? [{ path, text: value.trim() }] : [];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => readableStrings(item, `${path}[${index}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      notRead.has(key) ? [] : readableStrings(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The text of every built page, white space collapsed, as one string to search. */
function textOfPages(dist: string): string {
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const page = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
      return page.body.textContent ?? '';
    })
    .join('\n')
    .replace(/\s+/g, ' ');
}

describe.each(standardResumes)('the standard résumé %s as the only content', (name) => {
  const document: unknown = JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));
  let copy: string | undefined;
  let build: SpawnSyncReturns<string>;

  beforeAll(() => {
    copy = copyProject({ withoutContent: true });
    copyFileSync(join(schemaDir, name), join(copy, 'src/content/resume.en.json'));
    build = buildCopy(copy);
  }, 600_000);

  afterAll(() => removeCopy(copy));

  it('builds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  it('shows every string a visitor should read in the built pages', () => {
    const dist = join(copy ?? '', 'dist');
    const text = textOfPages(dist);
    const missing = readableStrings(document).filter(
      ({ text: string }) => !text.includes(string.replace(/\s+/g, ' ')),
    );
    expect(missing).toEqual([]);
  });

  it('has one language: English pages, a PDF, and no switch to another', () => {
    const dist = join(copy ?? '', 'dist');
    const languages = readdirSync(dist).filter((entry) =>
      existsSync(join(dist, entry, 'resume', 'index.html')),
    );
    expect(languages).toEqual(['en']);
    expect(readdirSync(dist).some((file) => /-en\.pdf$/.test(file))).toBe(true);
    const home = readFileSync(join(dist, 'en/index.html'), 'utf8');
    expect(home).not.toContain('hreflang');
    expect(existsSync(join(dist, 'resume.en.json'))).toBe(true);
  });
});
