/**
 * The site's spelling, where a slip is easy to make and easy to check:
 * - product names as their makers write them (`ZooKeeper`, not `Zookeeper`), in prose and in
 *   technology chips alike, in every language;
 * - US spelling in English, for a short list of British forms that have slipped in or could
 *   (`colour`, `-ise` verbs such as `customise`).
 * A lower-case name inside an identifier (`datafusion-geo`, `apache/arrow-datafusion`,
 * `github.com`) is the identifier's own spelling, not the product's, and is left alone.
 */

/** Product names the résumé and the interface use, as their makers write them. */
export const productNames = [
  'ZooKeeper',
  'UniMRCP',
  'WebSocket',
  'DataFusion',
  'GitHub',
  'MySQL',
  'JavaScript',
  'TypeScript',
  'PostgreSQL',
] as const;

/** Letters, digits or identifier punctuation on either side make the word part of a name or a path. */
const before = String.raw`(?<![A-Za-z0-9_\-/.@])`;
const after = String.raw`(?![A-Za-z0-9_\-/@]|\.[A-Za-z0-9])`;

const productPatterns = productNames.map(
  (name) => [name, new RegExp(`${before}${name}${after}`, 'giu')] as const,
);

/** British spellings, each with the change that makes it American; the first letter keeps its case. */
const britishSpellings: { pattern: RegExp; toUs: (word: string) => string }[] = [
  {
    // colour, colours, coloured, behaviour, favourite, …
    pattern: /\b(?:col|behavi|fav|hon|flav|neighb|lab)our[a-z]*\b/giu,
    toUs: (word) => word.replace(/(?<=o)u(?=r)/iu, ''),
  },
  {
    // customise, optimised, parallelising, rasteriser, organisation, …
    pattern:
      /\b(?:custom|optim|maxim|minim|parallel|raster|central|decentral|organ|real|recogn|serial|standard|util|visual|normal|initial|special|prior|summar|categor|author|emphas)is(?:e|es|ed|ing|er|ers|ation|ations)\b/giu,
    toUs: (word) =>
      word.replace(/s(?=(?:e|es|ed|ing|er|ers|ation|ations)$)/iu, (s) => (s === 'S' ? 'Z' : 'z')),
  },
  {
    pattern: /\bcentre[sd]?\b/giu,
    toUs: (word) => word.replace(/re(?=[sd]?$)/iu, (re) => (re === 'RE' ? 'ER' : 'er')),
  },
  {
    // modelled, labelling, cancelled, travelled: one l in US English.
    pattern: /\b(?:model|label|cancel|travel|signal)l(?:ed|ing)\b/giu,
    toUs: (word) => word.replace(/l(?=l(?:ed|ing)$)/iu, ''),
  },
];

/**
 * Every product name in `text` spelt otherwise than by its maker, as "expected …, got …".
 * Applies to text in any language: a product name is not translated.
 */
export function checkProductNames(text: string): string[] {
  const problems: string[] = [];
  for (const [name, pattern] of productPatterns) {
    for (const [found] of text.matchAll(pattern)) {
      if (found !== name)
        problems.push(`expected "${name}" as its makers spell it, got "${found}"`);
    }
  }
  return problems;
}

/** Every British spelling from the list above in English `text`, in the text's order, as "expected …, got …". */
export function checkUsSpelling(text: string): string[] {
  return britishSpellings
    .flatMap(({ pattern, toUs }) =>
      [...text.matchAll(pattern)].map(({ 0: found, index }) => ({ found, index, us: toUs(found) })),
    )
    .sort((a, b) => a.index - b.index)
    .map(({ found, us }) => `expected the US spelling "${us}", got "${found}"`);
}

/** Every spelling problem in `text` written in `language` (a BCP 47 tag such as `en` or `zh-CN`). */
export function checkSpelling(text: string, language: string | undefined): string[] {
  const english = language?.toLowerCase().split('-')[0] === 'en';
  return [...checkProductNames(text), ...(english ? checkUsSpelling(text) : [])];
}
