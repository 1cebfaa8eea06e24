import { describe, expect, it } from 'vitest';
import en from './resume.en.json';
import zh from './resume.zh.json';
import { factsIn, formatProblem, validateResumes } from './validate-resume';

type Json = Record<string, any>;
/** Deep copies of the real documents, broken by the test. */
function documents(): { zh: Json; en: Json } {
  return structuredClone({ zh, en }) as { zh: Json; en: Json };
}

function messages(docs: { zh: unknown; en: unknown }): string[] {
  return validateResumes(docs).map(formatProblem);
}

/** The index of the first work project: both documents list their projects in the same order. */
function firstWorkProject(docs: { zh: Json }): number {
  return docs.zh.projects.findIndex((project: Json) => project.type === 'work');
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
    const { startDate } = docs.zh.work[0];
    const before = `${Number(startDate.slice(0, 4)) - 1}-01`;
    docs.zh.work[0].endDate = before;
    expect(messages(docs)).toContain(
      `resume.zh.json: work[0].endDate: expected a date on or after startDate ${startDate}, got "${before}"`,
    );
  });

  it('rejects an id used twice in one document', () => {
    const docs = documents();
    const { id } = docs.zh.projects[0];
    docs.zh.projects[1].id = id;
    docs.en.projects[1].id = id;
    expect(messages(docs)).toContain(
      `resume.zh.json: projects[1].id: expected a unique id, got "${id}" again (first used at projects[0].id)`,
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
    const [removed] = docs.en.projects.splice(1, 1);
    expect(messages(docs)).toContain(
      `resume.en.json: projects: expected the same ids as resume.zh.json, got missing "${removed.id}"`,
    );
  });

  it('reports entries in a different order from the Chinese document', () => {
    const docs = documents();
    docs.en.work.reverse();
    expect(messages(docs)).toContain(
      `resume.en.json: work[0].id: expected "${docs.zh.work[0].id}" (the order of resume.zh.json), got "${docs.zh.work.at(-1).id}"`,
    );
  });

  it('reports a translation that changes a fact, such as a date or a link', () => {
    const docs = documents();
    const { commits } = docs.zh.contributions[0];
    docs.en.contributions[0].commits = commits + 1;
    expect(messages(docs)).toContain(
      `resume.en.json: contributions[0].commits: expected ${commits} as in resume.zh.json, got ${commits + 1}`,
    );
  });

  it('reports a translation that drops an item of a list', () => {
    const docs = documents();
    const work = firstWorkProject(docs);
    const challenges = docs.zh.projects[work].challenges.length;
    const skills = docs.zh.skills.length;
    docs.en.projects[work].challenges.pop();
    docs.en.skills.pop();
    expect(messages(docs)).toEqual(
      expect.arrayContaining([
        `resume.en.json: projects[${work}].challenges: expected ${challenges} items as in resume.zh.json, got ${challenges - 1}`,
        `resume.en.json: skills: expected ${skills} items as in resume.zh.json, got ${skills - 1}`,
      ]),
    );
  });

  it('rejects a work project whose employer is not a work entry', () => {
    const docs = documents();
    const work = firstWorkProject(docs);
    docs.zh.projects[work].employer = 'xiaom';
    docs.en.projects[work].employer = 'xiaom';
    const employers = docs.zh.work.map((entry: Json) => entry.id).join(', ');
    expect(messages(docs)).toContain(
      `resume.zh.json: projects[${work}].employer: expected the id of a work entry (${employers}), got "xiaom"`,
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
    const work = firstWorkProject(docs);
    delete docs.en.projects[work].background;
    expect(messages(docs)).toContain(
      `resume.en.json: projects[${work}].background: expected text, got nothing`,
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
    const dated = docs.en.projects.findIndex((project: Json) => project.startDate);
    const work = firstWorkProject(docs);
    const last = docs.en.projects.length - 1;
    docs.en.projects[dated].startDate = '2023/9';
    const [removed] = docs.en.projects.splice(last, 1);
    docs.zh.projects[work].employer = 'nowhere';
    const twice = docs.zh.work[0].id;
    docs.zh.work.at(-1).id = twice;
    const found = messages(docs);
    expect(found).toEqual(
      expect.arrayContaining([
        `resume.en.json: projects[${dated}].startDate: expected YYYY-MM, got "2023/9"`,
        `resume.en.json: projects: expected the same ids as resume.zh.json, got missing "${removed.id}"`,
        expect.stringContaining(
          `resume.zh.json: projects[${work}].employer: expected the id of a work entry`,
        ),
        `resume.zh.json: work[${docs.zh.work.length - 1}].id: expected a unique id, got "${twice}" again (first used at work[0].id)`,
      ]),
    );
  });

  it('rejects Chinese text that breaks the site’s typography, naming the file and path', () => {
    const docs = documents();
    docs.zh.basics.label = 'Rust 工程师(数据库)';
    const work = firstWorkProject(docs);
    docs.zh.projects[work].challenges[0] = '如何提出创新方案解决?主动请求挑战...';
    expect(messages(docs)).toEqual([
      'resume.zh.json: basics.label: expected no space between Chinese and other text, got "Rust 工程师("',
      'resume.zh.json: basics.label: expected full-width "（" instead of "(" next to Chinese, got " 工程师(数据库)"',
      'resume.zh.json: basics.label: expected full-width "）" instead of ")" next to Chinese, got "(数据库)"',
      `resume.zh.json: projects[${work}].challenges[0]: expected an ellipsis as "……" (two U+2026), got "请求挑战..."`,
      `resume.zh.json: projects[${work}].challenges[0]: expected full-width "？" instead of "?" next to Chinese, got "方案解决?主动请求"`,
    ]);
  });

  it('does not hold the English document to the Chinese typography', () => {
    const docs = documents();
    docs.en.work.at(-1).name = '数慧时空 (Shuhui Shikong)';
    expect(messages(docs)).toEqual([]);
  });

  it('reports a translated string whose numbers differ from the Chinese', () => {
    const docs = documents();
    const path = docs.zh.projects.findIndex((project: Json) => project.type === 'work');
    docs.zh.projects[path].highlights[0] = '并发从约50增长至800+';
    docs.en.projects[path].highlights[0] = 'Concurrency grew from about 50 to 80+.';
    expect(messages(docs)).toEqual([
      `resume.en.json: projects[${path}].highlights[0]: expected the numbers, dates and links of resume.zh.json (50, 800), got 50, 80 in "Concurrency grew from about 50 to 80+."`,
    ]);
  });

  it('reports a translated string that drops a day or a link the Chinese has', () => {
    const docs = documents();
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
    const docs = documents();
    docs.zh.work[0].description = '生活服务';
    docs.en.work[1].description = 'Online retail';
    expect(messages(docs)).toEqual([
      'resume.en.json: work[0].description: expected a translation of resume.zh.json\'s "生活服务", got nothing',
      'resume.en.json: work[1].description: expected nothing, as resume.zh.json has no text here, got "Online retail"',
    ]);
  });

  it('reports a reference link that differs from the Chinese document', () => {
    const docs = documents();
    const index = docs.zh.projects.findIndex((project: Json) => project.references?.length);
    docs.en.projects[index].references[0].url = 'https://github.com/example/elsewhere';
    expect(messages(docs)).toEqual([
      `resume.en.json: projects[${index}].references[0].url: expected ${JSON.stringify(docs.zh.projects[index].references[0].url)} as in resume.zh.json, got "https://github.com/example/elsewhere"`,
    ]);
  });

  it('survives a document that is not an object at all', () => {
    expect(messages({ zh: documents().zh, en: [] })).toContain(
      'resume.en.json: (document): expected object, got []',
    );
  });
});
