// @vitest-environment node
import { validate } from '@jsonresume/schema';
import { describe, expect, it } from 'vitest';
import en from './resume.en.json';
import zh from './resume.zh.json';
import { toJsonResume } from './to-json-resume';

/** The official JSON Resume validator's errors for a document (none when it is valid). */
function schemaErrors(document: unknown): unknown[] {
  let found: unknown[] = [];
  validate(document, (errors: unknown[] | null) => {
    found = errors ?? [];
  });
  return found;
}

const copies = {
  zh: { language: 'zh', url: 'https://example.com/site/resume.zh.json' },
  en: { language: 'en', url: 'https://example.com/site/resume.en.json' },
};

describe.each([
  { language: 'zh' as const, resume: zh, other: 'en' as const },
  { language: 'en' as const, resume: en, other: 'zh' as const },
])('the $language JSON Resume export', ({ language, resume, other }) => {
  const exported = toJsonResume(resume, { self: copies[language], others: [copies[other]] });

  it('is valid against the official JSON Resume schema', () => {
    expect(schemaErrors(exported)).toEqual([]);
  });

  it('has no phone number, and keeps everything else of the document', () => {
    expect(resume.basics.phone).toBeTruthy();
    expect(JSON.stringify(exported)).not.toContain(resume.basics.phone);
    const { phone, ...basics } = resume.basics;
    expect(exported.basics).toEqual(basics);
    expect(exported.work).toEqual(resume.work);
    expect(exported.projects).toEqual(resume.projects);
  });

  it('says its language, where it lives and where the other language is', () => {
    expect(exported.meta).toEqual({
      language,
      canonical: copies[language].url,
      alternates: [copies[other]],
    });
  });
});

describe('the schema check', () => {
  it('rejects a document that is not JSON Resume', () => {
    expect(schemaErrors({ basics: { name: 42 }, work: 'none' })).not.toEqual([]);
  });
});
