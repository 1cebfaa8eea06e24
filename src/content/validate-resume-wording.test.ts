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

/** The index of the first project with technology chips: both documents list projects alike. */
function projectWithChips(docs: { zh: Json }): number {
  return docs.zh.projects.findIndex((project: Json) => project.keywords.length > 0);
}

describe('the validator holds the résumé to its wording rules', () => {
  it('rejects a technology chip not spelt as its makers spell it, naming file and path', () => {
    const docs = documents();
    const index = projectWithChips(docs);
    docs.en.projects[index].keywords[0] = 'Zookeeper';
    expect(messages(docs)).toEqual([
      `resume.en.json: projects[${index}].keywords[0]: expected "ZooKeeper" as its makers spell it, got "Zookeeper"`,
    ]);
  });

  it('rejects a British spelling in the English document only', () => {
    const docs = documents();
    docs.en.basics.label = `${docs.en.basics.label}, colour`;
    docs.zh.basics.label = `${docs.zh.basics.label}colour`;
    expect(messages(docs)).toEqual([
      'resume.en.json: basics.label: expected the US spelling "color", got "colour"',
    ]);
  });

  it('rejects a Chinese line that ends with 。, naming file and path', () => {
    const docs = documents();
    const index = docs.zh.projects.findIndex((project: Json) =>
      /\p{Script=Han}/u.test(project.description),
    );
    docs.zh.projects[index].description = `${docs.zh.projects[index].description}。`;
    expect(messages(docs)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^resume\\.zh\\.json: projects\\[${index}\\]\\.description: expected a line that ends on its last word, without "。", got ".+。"$`,
          'u',
        ),
      ),
    ]);
  });
});
