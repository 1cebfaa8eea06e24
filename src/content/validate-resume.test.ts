import { describe, expect, it } from 'vitest';
import en from './resume.en.json';
import zh from './resume.zh.json';
import { formatProblem, validateResumes } from './validate-resume';

type Json = Record<string, any>;
/** Deep copies of the real documents, broken by the test. */
function documents(): { zh: Json; en: Json } {
  return structuredClone({ zh, en }) as { zh: Json; en: Json };
}

function messages(docs: { zh: unknown; en: unknown }): string[] {
  return validateResumes(docs).map(formatProblem);
}

describe('validateResumes', () => {
  it('accepts the real résumé in both languages', () => {
    expect(messages(documents())).toEqual([]);
  });

  it('names the file, the JSON path and the expected format of a bad date', () => {
    const docs = documents();
    docs.en.work[2].startDate = '2021/7';
    expect(messages(docs)).toContain(
      'resume.en.json: work[2].startDate: expected YYYY-MM, got "2021/7"',
    );
  });

  it('rejects a month outside 01–12', () => {
    const docs = documents();
    docs.zh.education[0].endDate = '2018-13';
    expect(messages(docs)).toContain(
      'resume.zh.json: education[0].endDate: expected YYYY-MM, got "2018-13"',
    );
  });

  it('rejects a period that ends before it starts', () => {
    const docs = documents();
    docs.zh.work[0].endDate = '2018-01';
    expect(messages(docs)).toContain(
      'resume.zh.json: work[0].endDate: expected a date on or after startDate 2018-07, got "2018-01"',
    );
  });

  it('rejects an id used twice in one document', () => {
    const docs = documents();
    docs.zh.projects[1].id = docs.zh.projects[0].id;
    docs.en.projects[1].id = docs.en.projects[0].id;
    expect(messages(docs)).toContain(
      'resume.zh.json: projects[1].id: expected a unique id, got "distributed-task-scheduler" again (first used at projects[0].id)',
    );
  });

  it('rejects an id that is not a readable slug', () => {
    const docs = documents();
    docs.en.work[0].id = 'Meituan Dianping';
    expect(messages(docs)).toContain(
      'resume.en.json: work[0].id: expected an id in kebab-case (a-z, 0-9, -), got "Meituan Dianping"',
    );
  });

  it('reports a project missing from the translation', () => {
    const docs = documents();
    docs.en.projects.splice(1, 1);
    expect(messages(docs)).toContain(
      'resume.en.json: projects: expected the same ids as resume.zh.json, got missing "mrcp-rust-rewrite"',
    );
  });

  it('reports entries in a different order from the Chinese document', () => {
    const docs = documents();
    docs.en.work.reverse();
    expect(messages(docs)).toContain(
      'resume.en.json: work[0].id: expected "meituan" (the order of resume.zh.json), got "shuhui-shikong"',
    );
  });

  it('reports a translation that changes a fact, such as a date or a link', () => {
    const docs = documents();
    docs.en.contributions[0].commits = 22;
    expect(messages(docs)).toContain(
      'resume.en.json: contributions[0].commits: expected 21 as in resume.zh.json, got 22',
    );
  });

  it('reports a translation that drops an item of a list', () => {
    const docs = documents();
    docs.en.projects[0].challenges.pop();
    docs.en.skills.pop();
    expect(messages(docs)).toEqual(
      expect.arrayContaining([
        'resume.en.json: projects[0].challenges: expected 5 items as in resume.zh.json, got 4',
        'resume.en.json: skills: expected 5 items as in resume.zh.json, got 4',
      ]),
    );
  });

  it('rejects a work project whose employer is not a work entry', () => {
    const docs = documents();
    docs.zh.projects[0].employer = 'xiaom';
    docs.en.projects[0].employer = 'xiaom';
    expect(messages(docs)).toContain(
      'resume.zh.json: projects[0].employer: expected the id of a work entry (meituan, amazon, xiaomi, shuhui-shikong), got "xiaom"',
    );
  });

  it('rejects a URL that is not https', () => {
    const docs = documents();
    docs.zh.basics.profiles[0].url = 'http://github.com/lewiszlw';
    expect(messages(docs)).toContain(
      'resume.zh.json: basics.profiles[0].url: expected an https:// URL, got "http://github.com/lewiszlw"',
    );
  });

  it('names a missing required field', () => {
    const docs = documents();
    delete docs.en.projects[1].background;
    expect(messages(docs)).toContain(
      'resume.en.json: projects[1].background: expected text, got nothing',
    );
  });

  it('names a misspelt field instead of dropping it silently', () => {
    const docs = documents();
    docs.zh.work[1].endDat = '2021-06';
    expect(messages(docs)).toContain(
      'resume.zh.json: work[1].endDat: unexpected field: not a JSON Resume field nor one this site uses (misspelt?)',
    );
  });

  it('rejects a document that says it is in the other language', () => {
    const docs = documents();
    docs.en.meta.language = 'zh';
    expect(messages(docs)).toContain('resume.en.json: meta.language: expected "en", got "zh"');
  });

  it('reports every problem at once, not only the first', () => {
    const docs = documents();
    docs.en.projects[2].startDate = '2023/9';
    docs.en.projects.splice(5, 1);
    docs.zh.projects[1].employer = 'nowhere';
    docs.zh.work[3].id = 'xiaomi';
    const found = messages(docs);
    expect(found).toEqual(
      expect.arrayContaining([
        'resume.en.json: projects[2].startDate: expected YYYY-MM, got "2023/9"',
        'resume.en.json: projects: expected the same ids as resume.zh.json, got missing "sqlparser-nom"',
        expect.stringMatching(
          /^resume\.zh\.json: projects\[1\]\.employer: expected the id of a work entry/,
        ),
        'resume.zh.json: work[3].id: expected a unique id, got "xiaomi" again (first used at work[2].id)',
      ]),
    );
  });

  it('survives a document that is not an object at all', () => {
    expect(messages({ zh: documents().zh, en: [] })).toContain(
      'resume.en.json: (document): expected object, got []',
    );
  });
});
