import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentLanguages, resumeFileName } from '../../src/content/content-languages.ts';
import { normalizeResume } from '../../src/content/normalize-resume.ts';
import { resumeSchema, type Resume } from '../../src/content/schema.ts';

/*
 * Every import here names its `.ts` file and the code uses only erasable syntax, so Node runs this
 * file as it is: the benchmarks (plain .mjs scripts, no build step) import it as the browser tests do.
 */

/** One language's résumé, as the site shows it. */
export interface ContentResume {
  /** The tag of its `resume.<tag>.json` file. */
  language: string;
  /** The file it was read from, for messages. */
  file: string;
  resume: Resume;
}

/**
 * The résumé in each language of `contentDir`, the original first, as the build reads them: parsed by
 * the schema and normalized, so that every entry has its id (given or derived) and a project's
 * `kind` says whether it is work; a translation shares the original's ids (normalize-resume.ts).
 */
export function readResumes(contentDir: string): ContentResume[] {
  const { languages, original } = readContentLanguages(contentDir);
  const fileOf = (language: string) => join(contentDir, resumeFileName(language));
  const parsed = (language: string) =>
    resumeSchema.parse(JSON.parse(readFileSync(fileOf(language), 'utf8')));
  const originalDocument = parsed(original);
  return languages.map((language) => ({
    language,
    file: fileOf(language),
    resume:
      language === original
        ? normalizeResume(originalDocument)
        : normalizeResume(parsed(language), originalDocument),
  }));
}
