// @vitest-environment node
import { validate } from '@jsonresume/schema';
import { describe, expect, it } from 'vitest';
import { languages, otherLanguages, type Language } from '../config/languages';
import { toJsonResume } from './to-json-resume';

/** A content file as the build reads it: a JSON Resume document, not yet parsed by the schema. */
interface ContentDocument {
  basics?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  [section: string]: unknown;
}

const files = import.meta.glob<ContentDocument>('./resume.*.json', {
  eager: true,
  import: 'default',
});

/** The content file of a language, as written. */
function contentDocument(language: Language): ContentDocument {
  const document = files[`./resume.${language}.json`];
  if (!document) throw new Error(`the content has no resume.${language}.json`);
  return document;
}

/** The official JSON Resume validator's errors for a document (none when it is valid). */
function schemaErrors(document: unknown): unknown[] {
  let found: unknown[] = [];
  validate(document, (errors: unknown[] | null) => {
    found = errors ?? [];
  });
  return found;
}

const copyIn = (language: Language) => ({
  language,
  url: `https://example.com/site/resume.${language}.json`,
});

describe.each(languages)('the %s JSON Resume export', (language) => {
  const document = contentDocument(language);
  // A résumé without a phone number gets one, so that leaving it out is seen to happen.
  const phone = typeof document.basics?.phone === 'string' ? document.basics.phone : '+1 555 0100';
  const resume: ContentDocument & { basics: Record<string, unknown>; meta: object } = {
    ...document,
    basics: { ...document.basics, phone },
    meta: document.meta ?? {},
  };
  const others = otherLanguages(language).map(copyIn);
  const exported = toJsonResume(resume, { self: copyIn(language), others });

  it('is valid against the official JSON Resume schema', () => {
    expect(schemaErrors(exported)).toEqual([]);
  });

  it('has no phone number, and keeps everything else of the document', () => {
    expect(JSON.stringify(exported)).not.toContain(phone);
    const { phone: _, ...basics } = resume.basics;
    expect(exported.basics).toEqual(basics);
    for (const section of Object.keys(document)) {
      if (section === 'basics' || section === 'meta') continue;
      expect(exported[section], section).toEqual(document[section]);
    }
  });

  it('says its language, where it lives and where the other languages are', () => {
    expect(exported.meta).toEqual({
      ...document.meta,
      language,
      canonical: copyIn(language).url,
      alternates: others,
    });
  });
});

describe('the schema check', () => {
  it('rejects a document that is not JSON Resume', () => {
    expect(schemaErrors({ basics: { name: 42 }, work: 'none' })).not.toEqual([]);
  });
});
