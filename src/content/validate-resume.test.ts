import sample from '@jsonresume/schema/sample.resume.json';
import careerChanger from '@jsonresume/schema/examples/career-changer.resume.json';
import newGrad from '@jsonresume/schema/examples/new-grad.resume.json';
import seniorEngineer from '@jsonresume/schema/examples/senior-engineer.resume.json';
import { describe, expect, it } from 'vitest';
import { translatedResumes } from '../test/resume-fixtures';
import { factsIn, formatProblem, validateResumes } from './validate-resume';

type Json = Record<string, any>;

function messages(docs: Record<string, unknown>, original = 'zh'): string[] {
  return validateResumes(docs, original).map(formatProblem);
}

/** The problems of one standard document, without this site's house wording (`Javascript`). */
function standardMessages(document: unknown): string[] {
  return validateResumes({ en: document }, 'en')
    .filter((problem) => !problem.houseStyle)
    .map(formatProblem);
}

/** The official JSON Resume documents: the schema package's sample and its examples. */
const officialDocuments = Object.entries({
  'sample.resume.json': sample,
  'examples/career-changer.resume.json': careerChanger,
  'examples/new-grad.resume.json': newGrad,
  'examples/senior-engineer.resume.json': seniorEngineer,
}) as [string, Json][];

/** Every key path of a document, as the validator writes paths (`work[0].startDate`). */
function keyPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => keyPaths(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = path ? `${path}.${key}` : key;
    return [here, ...keyPaths(item, here)];
  });
}

describe('validateResumes on any JSON Resume', () => {
  it('has four official documents to check', () => {
    expect(officialDocuments).toHaveLength(4);
  });

  it.each(officialDocuments)('accepts the official %s as the only document', (_, document) => {
    expect(standardMessages(document)).toEqual([]);
  });

  it.each(officialDocuments)('never calls a standard field of %s unknown', (_, document) => {
    const broken = structuredClone(document);
    broken.basics.summry = 'misspelt';
    const unknown = standardMessages(broken).filter((message) =>
      message.includes('unexpected field'),
    );
    expect(unknown).toEqual([
      `resume.en.json: basics.summry: unexpected field "summry": not in JSON Resume 1.0 nor one of this site's extensions (misspelt?)`,
    ]);
    for (const path of keyPaths(document)) {
      expect(unknown.some((message) => message.includes(` ${path}:`))).toBe(false);
    }
  });

  it('reports a misspelt field once, with its file and JSON path', () => {
    const [, sample] = officialDocuments[0]!;
    const document = structuredClone(sample);
    document.work[0].summry = document.work[0].summary;
    expect(standardMessages(document)).toEqual([
      `resume.en.json: work[0].summry: unexpected field "summry": not in JSON Resume 1.0 nor one of this site's extensions (misspelt?)`,
    ]);
  });

  it('reports an impossible month once, naming the forms a date may take', () => {
    const [, sample] = officialDocuments[0]!;
    const document = structuredClone(sample);
    document.work[0].startDate = '2019-13';
    expect(standardMessages(document)).toEqual([
      'resume.en.json: work[0].startDate: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2019-13"',
    ]);
  });

  it('rejects a day that is not in its month', () => {
    const [, sample] = officialDocuments[0]!;
    const document = structuredClone(sample);
    document.education[0].endDate = '2019-02-30';
    expect(standardMessages(document)).toEqual([
      'resume.en.json: education[0].endDate: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2019-02-30"',
    ]);
  });

  it('accepts a date given as a year, a month or a day', () => {
    const { zh, en } = translatedResumes();
    for (const doc of [zh, en]) {
      doc.work[0].startDate = '2018';
      doc.work[0].endDate = '2021-06-30';
    }
    expect(messages({ zh, en })).toEqual([]);
  });

  it('reports a javascript: link once, naming what a link must be', () => {
    const [, sample] = officialDocuments[0]!;
    const document = structuredClone(sample);
    document.basics.profiles[0].url = 'javascript:alert(1)';
    expect(standardMessages(document)).toEqual([
      'resume.en.json: basics.profiles[0].url: expected an http(s):// URL, got "javascript:alert(1)"',
    ]);
  });

  it('accepts http:// and https:// links, and rejects an empty one or a bare word', () => {
    const { zh, en } = translatedResumes();
    for (const doc of [zh, en]) doc.basics.profiles[0].url = 'http://github.com/example';
    expect(messages({ zh, en })).toEqual([]);
    zh.basics.url = '';
    en.basics.url = 'example';
    expect(messages({ zh, en })).toEqual([
      'resume.zh.json: basics.url: expected an http(s):// URL, got ""',
      'resume.en.json: basics.url: expected an http(s):// URL, got "example"',
    ]);
  });

  it('checks entries without ids by the ids derived from their names', () => {
    const document: Json = {
      work: [{ name: 'Pied Piper' }],
      projects: [{ name: 'Compression', employer: 'pied-pipr' }],
    };
    expect(standardMessages(document)).toEqual([
      'resume.en.json: projects[0].employer: expected the id of a work entry (pied-piper), got "pied-pipr"',
    ]);
  });
});

describe('validateResumes on a translated résumé', () => {
  it('accepts a résumé and its translation that agree', () => {
    expect(messages(translatedResumes())).toEqual([]);
  });

  it('names the file, the JSON path and the expected format of a bad date', () => {
    const docs = translatedResumes();
    docs.en.work[1].startDate = '2021/7';
    expect(messages(docs)).toContain(
      'resume.en.json: work[1].startDate: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2021/7"',
    );
  });

  it('rejects a period that ends before it starts', () => {
    const docs = translatedResumes();
    docs.zh.work[0].endDate = '2017-01';
    expect(messages(docs)).toContain(
      'resume.zh.json: work[0].endDate: expected a date on or after startDate 2018-07, got "2017-01"',
    );
  });

  it('compares a period’s dates at the coarser precision', () => {
    const docs = translatedResumes();
    for (const doc of [docs.zh, docs.en]) doc.work[0].endDate = '2018';
    expect(messages(docs)).toEqual([]);
  });

  it('rejects an id used twice in one document', () => {
    const docs = translatedResumes();
    docs.zh.projects[1].id = 'task-scheduler';
    docs.en.projects[1].id = 'task-scheduler';
    expect(messages(docs)).toContain(
      'resume.zh.json: projects[1].id: expected a unique id, got "task-scheduler" again (first used at projects[0].id)',
    );
  });

  it('rejects an id that is not a readable slug', () => {
    const docs = translatedResumes();
    docs.en.work[0].id = 'Acme Corp';
    expect(messages(docs)).toContain(
      'resume.en.json: work[0].id: expected an id in kebab-case (a-z, 0-9, -), got "Acme Corp"',
    );
  });

  it('reports a project missing from the translation', () => {
    const docs = translatedResumes();
    docs.en.projects.splice(1, 1);
    expect(messages(docs)).toContain(
      'resume.en.json: projects: expected the same ids as resume.zh.json, got missing "query-parser"',
    );
  });

  it('reports entries in a different order from the original', () => {
    const docs = translatedResumes();
    docs.en.work.reverse();
    expect(messages(docs)).toContain(
      'resume.en.json: work[0].id: expected "acme" (the order of resume.zh.json), got "globex"',
    );
  });

  it('compares every translation with the original, whatever the languages', () => {
    const { zh, en } = translatedResumes();
    const fr = structuredClone(en);
    fr.meta.language = 'fr';
    fr.contributions[0].commits = 8;
    expect(messages({ en, zh, fr }, 'en')).toEqual([
      'resume.fr.json: contributions[0].commits: expected 7 as in resume.en.json, got 8',
    ]);
  });

  it('reports a translation that changes a fact, such as a number', () => {
    const docs = translatedResumes();
    docs.en.contributions[0].commits = 8;
    expect(messages(docs)).toContain(
      'resume.en.json: contributions[0].commits: expected 7 as in resume.zh.json, got 8',
    );
  });

  it('reports a translation that drops an item of a list', () => {
    const docs = translatedResumes();
    docs.en.projects[0].challenges.pop();
    docs.en.skills.pop();
    expect(messages(docs)).toEqual(
      expect.arrayContaining([
        'resume.en.json: projects[0].challenges: expected 2 items as in resume.zh.json, got 1',
        'resume.en.json: skills: expected 1 items as in resume.zh.json, got 0',
      ]),
    );
  });

  it('rejects a project whose employer is not a work entry', () => {
    const docs = translatedResumes();
    docs.zh.projects[0].employer = 'globx';
    docs.en.projects[0].employer = 'globx';
    expect(messages(docs)).toContain(
      'resume.zh.json: projects[0].employer: expected the id of a work entry (acme, globex), got "globx"',
    );
  });

  it('rejects a document that says it is in another language', () => {
    const docs = translatedResumes();
    docs.en.meta.language = 'zh';
    expect(messages(docs)).toContain('resume.en.json: meta.language: expected "en", got "zh"');
  });

  it('reports every problem at once, not only the first', () => {
    const docs = translatedResumes();
    docs.en.work[1].startDate = '2023/9';
    docs.en.projects.splice(1, 1);
    docs.zh.projects[0].employer = 'nowhere';
    docs.zh.work[1].id = 'acme';
    expect(messages(docs)).toEqual(
      expect.arrayContaining([
        'resume.en.json: work[1].startDate: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2023/9"',
        'resume.en.json: projects: expected the same ids as resume.zh.json, got missing "query-parser"',
        expect.stringContaining(
          'resume.zh.json: projects[0].employer: expected the id of a work entry',
        ),
        'resume.zh.json: work[1].id: expected a unique id, got "acme" again (first used at work[0].id)',
      ]),
    );
  });

  it('rejects Chinese text that breaks the site’s typography, naming the file and path', () => {
    const docs = translatedResumes();
    docs.zh.basics.label = 'Rust 工程师(数据库)';
    docs.zh.projects[0].challenges[0] = '如何提出创新方案解决?主动请求挑战...';
    expect(messages(docs)).toEqual([
      'resume.zh.json: basics.label: expected no space between Chinese and other text, got "Rust 工程师("',
      'resume.zh.json: basics.label: expected full-width "（" instead of "(" next to Chinese, got " 工程师(数据库)"',
      'resume.zh.json: basics.label: expected full-width "）" instead of ")" next to Chinese, got "(数据库)"',
      'resume.zh.json: projects[0].challenges[0]: expected an ellipsis as "……" (two U+2026), got "请求挑战..."',
      'resume.zh.json: projects[0].challenges[0]: expected full-width "？" instead of "?" next to Chinese, got "方案解决?主动请求"',
    ]);
  });

  it('holds any Chinese document to the Chinese typography, by its language tag', () => {
    const { zh, en } = translatedResumes();
    zh.meta.language = 'zh-Hant';
    zh.basics.label = 'Rust 工程师';
    expect(messages({ 'zh-Hant': zh, en }, 'zh-Hant')).toEqual([
      'resume.zh-Hant.json: basics.label: expected no space between Chinese and other text, got "Rust 工程师"',
    ]);
  });

  it('does not hold the English document to the Chinese typography', () => {
    const docs = translatedResumes();
    docs.en.work[1].name = '乙公司 (Globex)';
    expect(messages(docs)).toEqual([]);
  });

  it('reports a translated string whose numbers differ from the original', () => {
    const docs = translatedResumes();
    docs.en.projects[0].description = 'Concurrency grew from 50 to 80.';
    expect(messages(docs)).toEqual([
      'resume.en.json: projects[0].description: expected the numbers, dates and links of resume.zh.json (50, 800), got 50, 80 in "Concurrency grew from 50 to 80."',
    ]);
  });

  it('reports a translated string that drops a day or a link the original has', () => {
    const docs = translatedResumes();
    docs.zh.awards[0].summary = '截至2024/3/12，详见https://example.com/a';
    docs.en.awards[0].summary = 'As of March 13, 2024.';
    expect(messages(docs)).toEqual([
      'resume.en.json: awards[0].summary: expected the numbers, dates and links of resume.zh.json (2024-03-12, https://example.com/a), got 2024-03-13 in "As of March 13, 2024."',
    ]);
  });

  it('reads 1w and 10,000 as the same number, and a day in either language’s form', () => {
    expect(factsIn('获1w奖金')).toEqual(factsIn('Won a 10,000-yuan prize.'));
    expect(factsIn('（截至2024/3/12）')).toEqual(factsIn('(as of March 12, 2024)'));
    expect(factsIn('增长16倍，10+倍压测')).toEqual(['10', '16']);
  });

  it('reports text that only one language has', () => {
    const docs = translatedResumes();
    docs.zh.work[0].description = '生活服务';
    docs.en.work[1].description = 'Online retail';
    expect(messages(docs)).toEqual([
      'resume.en.json: work[0].description: expected a translation of resume.zh.json\'s "生活服务", got nothing',
      'resume.en.json: work[1].description: expected nothing, as resume.zh.json has no text here, got "Online retail"',
    ]);
  });

  it('reports a reference link that differs from the original', () => {
    const docs = translatedResumes();
    docs.en.projects[0].references[0].url = 'https://github.com/example/elsewhere';
    expect(messages(docs)).toEqual([
      'resume.en.json: projects[0].references[0].url: expected "https://zookeeper.apache.org" as in resume.zh.json, got "https://github.com/example/elsewhere"',
    ]);
  });

  it('survives a document that is not an object at all', () => {
    expect(messages({ zh: translatedResumes().zh, en: [] })).toContain(
      'resume.en.json: (document): expected object, got []',
    );
  });
});

describe('the validator holds the résumé to its wording rules', () => {
  it('rejects a technology chip not spelt as its makers spell it, naming file and path', () => {
    const docs = translatedResumes();
    docs.en.projects[0].keywords[1] = 'Zookeeper';
    expect(messages(docs)).toEqual([
      'resume.en.json: projects[0].keywords[1]: expected "ZooKeeper" as its makers spell it, got "Zookeeper"',
    ]);
  });

  it('rejects a British spelling in the English document only', () => {
    const docs = translatedResumes();
    docs.en.basics.label = `${docs.en.basics.label}, colour`;
    docs.zh.basics.label = `${docs.zh.basics.label}colour`;
    expect(messages(docs)).toEqual([
      'resume.en.json: basics.label: expected the US spelling "color", got "colour"',
    ]);
  });

  it('rejects a Chinese line that ends with 。, naming file and path', () => {
    const docs = translatedResumes();
    docs.zh.projects[1].description = '用Rust写的SQL解析器。';
    expect(messages(docs)).toEqual([
      'resume.zh.json: projects[1].description: expected a line that ends on its last word, without "。", got "写的SQL解析器。"',
    ]);
  });
});

describe('a translation without ids', () => {
  it('shares the original’s derived ids, so names that differ by language are no problem', () => {
    const zh = { work: [{ name: '小米科技', position: '软件研发工程师', startDate: '2021-07' }] };
    const en = { work: [{ name: 'Xiaomi', position: 'Software Engineer', startDate: '2021-07' }] };
    const problems = validateResumes({ zh, en }, 'zh').filter((problem) => !problem.houseStyle);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
