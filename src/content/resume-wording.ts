import { checkChineseFinalStop } from './chinese-final-stop.ts';
import { checkSpelling } from './house-spelling.ts';

type TextRule = (text: string) => string[];

/** One wording problem in a résumé, located by its JSON path (`projects[0].keywords[2]`). */
export interface WordingProblem {
  path: string;
  message: string;
}

/** Fields that hold addresses and identifiers, not words: they keep their own spelling. */
const notWords = new Set(['$schema', 'id', 'url', 'email', 'username', 'employer', 'language']);

/**
 * The wording rules for a résumé in `language` (a BCP 47 tag such as `en` or `zh-CN`): the house
 * spelling (house-spelling.ts) in every language, and the final-stop rule in Chinese.
 */
function wordingRulesFor(language: string | undefined): TextRule[] {
  const rules: TextRule[] = [(text) => checkSpelling(text, language)];
  if (language?.toLowerCase().split('-')[0] === 'zh') rules.push(checkChineseFinalStop);
  return rules;
}

/**
 * Every string of a résumé that breaks a wording rule of the document's own language (its
 * `meta.language`), each with its JSON path.
 */
export function checkResumeWording(document: unknown): WordingProblem[] {
  const meta = isRecord(document) ? document.meta : undefined;
  const language = isRecord(meta) && typeof meta.language === 'string' ? meta.language : undefined;
  const rules = wordingRulesFor(language);
  return wordsOf(document).flatMap(({ path, text }) =>
    rules.flatMap((rule) => rule(text).map((message) => ({ path, message }))),
  );
}

/** Every string of a document that is words, with its JSON path. */
function wordsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path || '(document)', text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => wordsOf(item, `${path}[${index}]`));
  if (!isRecord(value)) return [];
  return Object.entries(value)
    .filter(([key]) => !notWords.has(key))
    .flatMap(([key, item]) => wordsOf(item, path ? `${path}.${key}` : key));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
