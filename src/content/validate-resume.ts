import type { $ZodIssue } from 'zod/v4/core';
import { checkChineseTypography } from './chinese-typography.ts';
import { checkResumeWording } from './resume-wording.ts';
import { resumeSchema } from './schema.ts';
import { originalLanguage, languages, type Language } from '../config/languages.ts';

/** The document the others translate: the résumé's own language. */
const sourceLanguage = originalLanguage;

/** One thing wrong with the content, located by file and JSON path. */
export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

/** The collections whose entries carry ids that must match across languages. */
const idCollections = ['work', 'education', 'projects', 'contributions'] as const;
/** Lists whose length a translation must keep, per entry. */
const translatedLists = ['keywords', 'challenges', 'highlights', 'references'] as const;
/** Fields that are facts, not words: a translation must not change them. */
const sharedFields = [
  'type',
  'employer',
  'entity',
  'startDate',
  'endDate',
  'url',
  'commits',
] as const;

export const resumeFileName = (language: Language) => `resume.${language}.json`;

/** Formats a problem the way the build prints it: `file: path: expected …, got …`. */
export function formatProblem({ file, path, message }: ContentProblem): string {
  return `${file}: ${path}: ${message}`;
}

/**
 * Checks both résumé documents against the schema and against each other, and returns every problem
 * found, not only the first.
 */
export function validateResumes(documents: Record<Language, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const language of languages) {
    const file = resumeFileName(language);
    const document = documents[language];
    problems.push(...checkShape(file, document));
    problems.push(...checkLanguage(file, document, language));
    problems.push(...checkUniqueIds(file, document));
    problems.push(...checkEmployers(file, document));
    problems.push(...checkPeriods(file, document));
    problems.push(...checkResumeWording(document).map((problem) => ({ file, ...problem })));
  }
  problems.push(...checkChineseText(resumeFileName(sourceLanguage), documents.zh));
  const translationProblems = checkTranslation(documents.zh, documents.en);
  problems.push(...translationProblems);
  // Compared string by string only once both documents have the same entries in the same places.
  if (translationProblems.length === 0) {
    problems.push(...checkTranslatedText(documents.zh, documents.en));
  }
  return problems;
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
      message: 'unexpected field: not a JSON Resume field nor one this site uses (misspelt?)',
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

function checkLanguage(file: string, document: unknown, language: Language): ContentProblem[] {
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

function checkEmployers(file: string, document: unknown): ContentProblem[] {
  const workIds = entriesOf(document, 'work').map((entry) => entry.id);
  return entriesOf(document, 'projects').flatMap((project, index) => {
    if (project.type !== 'work' || workIds.includes(project.employer)) return [];
    return [
      {
        file,
        path: `projects[${index}].employer`,
        message: `expected the id of a work entry (${workIds.join(', ')}), got ${show(project.employer)}`,
      },
    ];
  });
}

function checkPeriods(file: string, document: unknown): ContentProblem[] {
  return idCollections.flatMap((collection) =>
    entriesOf(document, collection).flatMap((entry, index) => {
      const { startDate, endDate } = entry;
      if (typeof startDate !== 'string' || typeof endDate !== 'string' || startDate <= endDate) {
        return [];
      }
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

function checkTranslation(source: unknown, translation: unknown): ContentProblem[] {
  const file = resumeFileName('en');
  const sourceFile = resumeFileName(sourceLanguage);
  const problems: ContentProblem[] = [];

  for (const collection of idCollections) {
    const sourceEntries = entriesOf(source, collection);
    const entries = entriesOf(translation, collection);
    const sourceIds = sourceEntries.map((entry) => entry.id);
    const ids = entries.map((entry) => entry.id);
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
      if (entry.id !== sourceEntry.id) {
        problems.push({
          file,
          path: `${path}.id`,
          message: `expected ${show(sourceEntry.id)} (the order of ${sourceFile}), got ${show(entry.id)}`,
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
        problems.push(...compareLengths(file, `${path}.${list}`, sourceEntry[list], entry[list]));
      }
      problems.push(
        ...compareLinks(file, `${path}.references`, sourceEntry.references, entry.references),
      );
    });
  }

  for (const path of ['skills', 'awards', 'basics.profiles']) {
    problems.push(
      ...compareLengths(
        file,
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
  file: string,
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
        message: `expected ${show(url)} as in ${resumeFileName(sourceLanguage)}, got ${show(translated)}`,
      },
    ];
  });
}

/** Every string in the Chinese document follows the site's Chinese typography (chinese-typography.ts). */
function checkChineseText(file: string, document: unknown): ContentProblem[] {
  return stringsOf(document).flatMap(({ path, value }) =>
    checkChineseTypography(value).map((message) => ({ file, path: formatPath(path), message })),
  );
}

/**
 * String by string, the translation has text where the source has text (and nowhere else), and
 * says the same numbers, dates and links.
 */
function checkTranslatedText(source: unknown, translation: unknown): ContentProblem[] {
  const file = resumeFileName('en');
  const sourceFile = resumeFileName(sourceLanguage);
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
  file: string,
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
      message: `expected ${source.length} items as in ${resumeFileName(sourceLanguage)}, got ${translation.length}`,
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
