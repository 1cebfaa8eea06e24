// @vitest-environment jsdom
import type { SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, removeCopy } from './project-copy';

/*
 * A site in two languages, neither of them Chinese: the standard's sample résumé in English, and the
 * same résumé with its headline in Japanese. Built once with Japanese interface strings, and once
 * without them, which must fail and name the file to add.
 */
const schemaDir = dirname(
  createRequire(import.meta.url).resolve('@jsonresume/schema/package.json'),
);
const english = JSON.parse(readFileSync(join(schemaDir, 'sample.resume.json'), 'utf8'));
const japanese = { ...english, basics: { ...english.basics, label: 'プログラマー' } };

/** A copy whose content is the English and Japanese résumés. */
function copyWithEnglishAndJapanese(): string {
  const copy = copyProject({ withoutContent: true });
  writeFileSync(join(copy, 'src/content/resume.en.json'), JSON.stringify(english));
  writeFileSync(join(copy, 'src/content/resume.ja.json'), JSON.stringify(japanese));
  return copy;
}

describe('a site in English and Japanese', () => {
  let copy: string | undefined;
  let build: SpawnSyncReturns<string>;
  const page = (path: string) =>
    new DOMParser().parseFromString(
      readFileSync(join(copy ?? '', 'dist', path), 'utf8'),
      'text/html',
    );

  beforeAll(() => {
    copy = copyWithEnglishAndJapanese();
    // Interface strings in Japanese: here the English ones under the Japanese name will do.
    copyFileSync(join(copy, 'src/i18n/locales/en.json'), join(copy, 'src/i18n/locales/ja.json'));
    build = buildCopy(copy);
  }, 600_000);

  afterAll(() => removeCopy(copy));

  it('builds, saying in one line which language it takes as the original', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
    expect(build.stdout + build.stderr).toMatch(
      /names "zh", but there is no resume\.zh\.json: using "en"/,
    );
  });

  it('makes every page in both languages, each offering the other by its own name', () => {
    for (const [language, other, name] of [
      ['en', 'ja', '日本語'],
      ['ja', 'en', 'English'],
    ] as const) {
      for (const path of [`${language}/index.html`, `${language}/resume/index.html`]) {
        const document = page(path);
        expect(document.documentElement.lang, path).toBe(language);
        const switcher = document.querySelector(`a.language-switcher[hreflang="${other}"]`);
        expect(switcher?.textContent, path).toBe(name);
      }
    }
    expect(page('ja/index.html').body.textContent).toContain(japanese.basics.label);
  });

  it('prints the résumé in both languages', () => {
    const pdfs = readdirSync(join(copy ?? '', 'dist')).filter((file) => file.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual([
      'richard-hendriks-resume-en.pdf',
      'richard-hendriks-resume-ja.pdf',
    ]);
  });
});

describe('a site in a language without interface strings', () => {
  let copy: string | undefined;
  afterAll(() => removeCopy(copy));

  it('fails to build, naming the file to add', () => {
    copy = copyWithEnglishAndJapanese();
    rmSync(join(copy, 'src/i18n/locales/ja.json'), { force: true });
    expect(existsSync(join(copy, 'src/i18n/locales/ja.json'))).toBe(false);
    const build = buildCopy(copy);
    expect(build.status).not.toBe(0);
    expect(build.stderr + build.stdout).toContain('add src/i18n/locales/ja.json');
  }, 600_000);
});
