import { describe, expect, it } from 'vitest';
import { checkResumeWording } from './resume-wording';

/** A synthetic résumé in `language`, with one project whose texts the test chooses. */
function resume(language: string | undefined, project: Record<string, unknown>) {
  return {
    $schema: 'https://example.org/colourful/zookeeper.json',
    meta: language === undefined ? {} : { language },
    basics: { name: 'A. Person', email: 'zookeeper@example.org' },
    projects: [{ id: 'zookeeper', url: 'https://example.org/Zookeeper', ...project }],
  };
}

describe('checkResumeWording', () => {
  it('applies the rules of the language the document says it is in, whatever its file', () => {
    const texts = {
      description: '基于Zookeeper实现领导人选举。',
      highlights: ['Customised the Colour theme'],
    };
    expect(checkResumeWording(resume('zh-CN', texts))).toEqual([
      {
        path: 'projects[0].description',
        message: 'expected "ZooKeeper" as its makers spell it, got "Zookeeper"',
      },
      {
        path: 'projects[0].description',
        message:
          'expected a line that ends on its last word, without "。", got "r实现领导人选举。"',
      },
    ]);
    expect(checkResumeWording(resume('en', texts))).toEqual([
      {
        path: 'projects[0].description',
        message: 'expected "ZooKeeper" as its makers spell it, got "Zookeeper"',
      },
      {
        path: 'projects[0].highlights[0]',
        message: 'expected the US spelling "Customized", got "Customised"',
      },
      {
        path: 'projects[0].highlights[0]',
        message: 'expected the US spelling "Color", got "Colour"',
      },
    ]);
  });

  it('checks a technology chip like any other text, by its path in the list', () => {
    expect(checkResumeWording(resume('en', { keywords: ['Java', 'Zookeeper'] }))).toEqual([
      {
        path: 'projects[0].keywords[1]',
        message: 'expected "ZooKeeper" as its makers spell it, got "Zookeeper"',
      },
    ]);
  });

  it('holds a document that names no language to the makers’ spelling only', () => {
    const problems = checkResumeWording(resume(undefined, { description: 'Colour。Websocket' }));
    expect(problems.map(({ message }) => message)).toEqual([
      'expected "WebSocket" as its makers spell it, got "Websocket"',
    ]);
  });

  it('leaves ids, links and email addresses as they are spelt', () => {
    expect(checkResumeWording(resume('en', {}))).toEqual([]);
  });
});
