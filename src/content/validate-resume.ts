import type { $ZodIssue } from 'zod/v4/core';
import { checkChineseTypography } from './chinese-typography.ts';
import { checkResumeWording } from './resume-wording.ts';
import { parseContentDate } from './content-date.ts';
import { deriveIds } from './normalize-resume.ts';
import { resumeSchema } from './schema.ts';

/** One thing wrong with the content, located by file and JSON path. */
export interface ContentProblem {
  file: string;
  path: string;
  message: string;
  /**
   * Breaks a rule of the site's house style (resume-wording.ts: product names as their makers spell
   * them, US spelling, Chinese lines without a final 。), which JSON Resume itself does not ask: the
   * build reports it as a warning and goes on, so that anyone's valid résumé builds.
   */
  houseStyle?: true;
}

/** The collections whose entries carry ids that must match across languages. */
const idCollections = ['work', 'education', 'projects', 'contributions'] as const;
/** The collections whose entries are periods. */
const periodCollections = [...idCollections, 'volunteer'] as const;
/** Lists whose length a translation must keep, per entry. */
const translatedLists = ['keywords', 'challenges', 'highlights', 'references'] as const;
/** Fields that are facts, not words: a translation must not change them. */
const sharedFields = ['employer', 'entity', 'startDate', 'endDate', 'url', 'commits'] as const;

export const resumeFileName = (language: string) => `resume.${language}.json`;

/** Formats a problem the way the build prints it: `file: path: expected …, got …`. */
export function formatProblem({ file, path, message }: ContentProblem): string {
  return `${file}: ${path}: ${message}`;
}

/**
 * Checks each résumé document (keyed by its language tag) against the schema, and every translation
 * against the `original` document, and returns every problem found, not only the first.
 * Breaks of the house style are marked `houseStyle`.
 */
export function validateResumes(
  documents: Record<string, unknown>,
  original: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [language, document] of Object.entries(documents)) {
    const file = resumeFileName(language);
    problems.push(...checkShape(file, document));
    problems.push(...checkLanguage(file, document, language));
    problems.push(...checkUniqueIds(file, document));
    problems.push(
      ...checkEmployers(file, document, language === original ? undefined : documents[original]),
    );
    problems.push(...checkPeriods(file, document));
    problems.push(
      ...checkResumeWording(document).map((problem) => ({
        file,
        ...problem,
        houseStyle: true as const,
      })),
    );
    if (isChinese(language)) problems.push(...checkChineseText(file, document));
  }
  for (const [language, translation] of Object.entries(documents)) {
    if (language === original) continue;
    const files = { file: resumeFileName(language), sourceFile: resumeFileName(original) };
    const translationProblems = checkTranslation(files, documents[original], translation);
    problems.push(...translationProblems);
    // Compared string by string only once both documents have the same entries in the same places.
    if (translationProblems.length === 0) {
      problems.push(...checkTranslatedText(files, documents[original], translation));
    }
  }
  return problems;
}

/** Whether a language tag (`zh`, `zh-Hant`) is Chinese, held to the site's Chinese typography. */
function isChinese(language: string): boolean {
  return language.toLowerCase().split('-')[0] === 'zh';
}

/** Which files a translation check compares: the translation's and its original's. */
interface ComparedFiles {
  file: string;
  sourceFile: string;
}

function checkShape(file: string, document: unknown): ContentProblem[] {
  const result = resumeSchema.safeParse(document);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => describeIssue(file, document, issue));
}

function describeIssue(file: string, document: unknown, issue: $ZodIssue): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      path: formatPath([...issue.path, key]),
      message: `unexpected field ${JSON.stringify(key)}: not in JSON Resume 1.0 nor one of this site's extensions (misspelt?)`,
    }));
  }
  const value = valueAt(document, issue.path);
  // Zod's own wording ("Invalid input: …") only where the schema gives none of its own.
  const expected =
    issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')
      ? `expected ${issue.expected}`
      : issue.message;
  return [{ file, path: formatPath(issue.path), message: `${expected}, got ${show(value)}` }];
}

function checkLanguage(file: string, document: unknown, language: string): ContentProblem[] {
  const actual = valueAt(document, ['meta', 'language']);
  if (actual === language || actual === undefined) return [];
  return [{ file, path: 'meta.language', message: `expected "${language}", got ${show(actual)}` }];
}

function checkUniqueIds(file: string, document: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstSeen = new Map<string, string>();
  for (const collection of idCollections) {
    entriesOf(document, collection).forEach((entry, index) => {
      const id = entry.id;
      if (typeof id !== 'string') return;
      const path = `${collection}[${index}].id`;
      const earlier = firstSeen.get(id);
      if (earlier) {
        problems.push({
          file,
          path,
          message: `expected a unique id, got "${id}" again (first used at ${earlier})`,
        });
      } else firstSeen.set(id, path);
    });
  }
  return problems;
}

/** A project's `employer` (which makes it a work project) is the id, given or derived, of a work entry. */
function checkEmployers(file: string, document: unknown, original?: unknown): ContentProblem[] {
  const workIds = deriveIds(document, original).work;
  return entriesOf(document, 'projects').flatMap((project, index) => {
    if (project.employer === undefined || workIds.includes(project.employer as string)) return [];
    return [
      {
        file,
        path: `projects[${index}].employer`,
        message: `expected the id of a work entry (${workIds.join(', ')}), got ${show(project.employer)}`,
      },
    ];
  });
}

/**
 * A period does not end before it starts. Dates are compared at the coarser of their precisions, so
 * `2019-05` to `2019` is fine: the year 2019 includes May.
 */
function checkPeriods(file: string, document: unknown): ContentProblem[] {
  return periodCollections.flatMap((collection) =>
    entriesOf(document, collection).flatMap((entry, index) => {
      const { startDate, endDate } = entry;
      if (typeof startDate !== 'string' || typeof endDate !== 'string') return [];
      // A date that is not one is the schema's problem to report.
      if (!parseContentDate(startDate) || !parseContentDate(endDate)) return [];
      const precision = Math.min(startDate.length, endDate.length);
      if (startDate.slice(0, precision) <= endDate.slice(0, precision)) return [];
      return [
        {
          file,
          path: `${collection}[${index}].endDate`,
          message: `expected a date on or after startDate ${startDate}, got "${endDate}"`,
        },
      ];
    }),
  );
}

/**
 * The translation has the same entries as its original (by id, given or derived), in the same order,
 * with the same facts and as many items in each list.
 */
function checkTranslation(
  files: ComparedFiles,
  source: unknown,
  translation: unknown,
): ContentProblem[] {
  const { file, sourceFile } = files;
  const problems: ContentProblem[] = [];
  const allSourceIds = deriveIds(source);
  const allIds = deriveIds(translation, source);

  for (const collection of idCollections) {
    const sourceEntries = entriesOf(source, collection);
    const entries = entriesOf(translation, collection);
    const sourceIds = allSourceIds[collection];
    const ids = allIds[collection];
    const missing = sourceIds.filter((id) => !ids.includes(id));
    const extra = ids.filter((id) => !sourceIds.includes(id));
    if (missing.length > 0 || extra.length > 0) {
      const details = [
        missing.length > 0 && `missing ${missing.map(show).join(', ')}`,
        extra.length > 0 && `not in ${sourceFile}: ${extra.map(show).join(', ')}`,
      ].filter(Boolean);
      problems.push({
        file,
        path: collection,
        message: `expected the same ids as ${sourceFile}, got ${details.join('; ')}`,
      });
      continue;
    }
    entries.forEach((entry, index) => {
      const path = `${collection}[${index}]`;
      const sourceEntry = sourceEntries[index] ?? {};
      if (ids[index] !== sourceIds[index]) {
        problems.push({
          file,
          path: `${path}.id`,
          message: `expected ${show(sourceIds[index])} (the order of ${sourceFile}), got ${show(ids[index])}`,
        });
        return;
      }
      for (const field of sharedFields) {
        if (show(entry[field]) !== show(sourceEntry[field])) {
          problems.push({
            file,
            path: `${path}.${field}`,
            message: `expected ${show(sourceEntry[field])} as in ${sourceFile}, got ${show(entry[field])}`,
          });
        }
      }
      for (const list of translatedLists) {
        problems.push(...compareLengths(files, `${path}.${list}`, sourceEntry[list], entry[list]));
      }
      problems.push(
        ...compareLinks(files, `${path}.references`, sourceEntry.references, entry.references),
      );
    });
  }

  for (const path of ['skills', 'awards', 'basics.profiles']) {
    problems.push(
      ...compareLengths(
        files,
        path,
        valueAt(source, path.split('.')),
        valueAt(translation, path.split('.')),
      ),
    );
  }
  return problems;
}

/** The links of a list of references must be the same, in the same order, in both languages. */
function compareLinks(
  { file, sourceFile }: ComparedFiles,
  path: string,
  source: unknown,
  translation: unknown,
): ContentProblem[] {
  if (!Array.isArray(source) || !Array.isArray(translation)) return [];
  if (source.length !== translation.length) return [];
  return source.flatMap((reference, index) => {
    const url = valueAt(reference, ['url']);
    const translated = valueAt(translation[index], ['url']);
    if (show(url) === show(translated)) return [];
    return [
      {
        file,
        path: `${path}[${index}].url`,
        message: `expected ${show(url)} as in ${sourceFile}, got ${show(translated)}`,
      },
    ];
  });
}

/** Every string in a Chinese document follows the site's Chinese typography (chinese-typography.ts). */
function checkChineseText(file: string, document: unknown): ContentProblem[] {
  return stringsOf(document).flatMap(({ path, value }) =>
    checkChineseTypography(value).map((message) => ({ file, path: formatPath(path), message })),
  );
}

/**
 * String by string, the translation has text where the source has text (and nowhere else), and
 * says the same numbers, dates and links.
 */
function checkTranslatedText(
  { file, sourceFile }: ComparedFiles,
  source: unknown,
  translation: unknown,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, value } of stringsOf(source)) {
    const translated = valueAt(translation, path);
    if (translated === undefined) {
      problems.push({
        file,
        path: formatPath(path),
        message: `expected a translation of ${sourceFile}'s ${show(value)}, got nothing`,
      });
      continue;
    }
    if (typeof translated !== 'string') continue;
    const expected = factsIn(value);
    const actual = factsIn(translated);
    if (expected.join() !== actual.join()) {
      problems.push({
        file,
        path: formatPath(path),
        message: `expected the numbers, dates and links of ${sourceFile} (${listOrNone(expected)}), got ${listOrNone(actual)} in ${show(translated)}`,
      });
    }
  }
  for (const { path, value } of stringsOf(translation)) {
    if (valueAt(source, path) !== undefined) continue;
    problems.push({
      file,
      path: formatPath(path),
      message: `expected nothing, as ${sourceFile} has no text here, got ${show(value)}`,
    });
  }
  return problems;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const linkPattern = /https?:\/\/[^\s)，。）]+/gu;
/** 2024/3/12, as the Chinese résumé writes a day. */
const chineseDayPattern = /(\d{4})\/(\d{1,2})\/(\d{1,2})/gu;
/** March 12, 2024, as the English document writes it. */
const englishDayPattern = new RegExp(`(${months.join('|')}) (\\d{1,2}), (\\d{4})`, 'gu');
/** 1w (一万): ten thousand, as Chinese writes it in Latin letters. */
const tenThousandsPattern = /(\d+(?:\.\d+)?)w(?![a-z])/giu;
const numberPattern = /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/gu;

/**
 * The facts in a piece of text that must survive translation: its links, its days (as YYYY-MM-DD)
 * and its numbers (1w and 10,000 both as 10000), sorted. Words for numbers ("two years") are left to
 * the reader: they differ by language.
 */
export function factsIn(text: string): string[] {
  const facts: string[] = [];
  const pad = (value: string) => value.padStart(2, '0');
  let rest = text.replace(linkPattern, (link) => {
    facts.push(link);
    return ' ';
  });
  rest = rest.replace(chineseDayPattern, (_, year: string, month: string, day: string) => {
    facts.push(`${year}-${pad(month)}-${pad(day)}`);
    return ' ';
  });
  rest = rest.replace(englishDayPattern, (_, month: string, day: string, year: string) => {
    facts.push(`${year}-${pad(String(months.indexOf(month) + 1))}-${pad(day)}`);
    return ' ';
  });
  rest = rest.replace(tenThousandsPattern, (_, count: string) => {
    facts.push(String(Number(count) * 10_000));
    return ' ';
  });
  for (const [number] of rest.matchAll(numberPattern)) facts.push(number.replaceAll(',', ''));
  return facts.sort();
}

function listOrNone(facts: string[]): string {
  return facts.length > 0 ? facts.join(', ') : 'none';
}

/** Every string in a document, with its path. */
function stringsOf(
  value: unknown,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringsOf(item, [...path, index]));
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, [...path, key]));
  }
  return [];
}

function compareLengths(
  { file, sourceFile }: ComparedFiles,
  path: string,
  source: unknown,
  translation: unknown,
): ContentProblem[] {
  if (!Array.isArray(source) || !Array.isArray(translation)) return [];
  if (source.length === translation.length) return [];
  return [
    {
      file,
      path,
      message: `expected ${source.length} items as in ${sourceFile}, got ${translation.length}`,
    },
  ];
}

type LooseEntry = Record<string, unknown>;

/** The entries of a collection, tolerating a document whose shape is broken. */
function entriesOf(document: unknown, collection: string): LooseEntry[] {
  const entries = valueAt(document, [collection]);
  if (!Array.isArray(entries)) return [];
  return entries.map((entry) => (isRecord(entry) ? entry : {}));
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isRecord(value: unknown): value is LooseEntry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(document)';
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
