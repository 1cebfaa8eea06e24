/**
 * The site's convention for its own Chinese text (résumé and interface strings), as the source
 * résumé mostly writes it:
 * - no space between Chinese and anything else: `Rust工程师`, `获1w奖金`, `{{count}}次提交`;
 * - full-width punctuation next to Chinese: `，。；：？！（）` and curly quotes, not `,.;:?!()"`;
 * - a range between Chinese text takes the Chinese dash `—`, not the en dash `–`;
 * - an ellipsis is `……` (two U+2026), never `...` nor a single `…`.
 * Latin text inside a Chinese string keeps its own spacing and punctuation (`HTTP(S)`, `Night's Watch`).
 */

/** Han characters, CJK punctuation (、。「」…) and full-width forms (，：（）…). */
const chinese = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef`;
const space = String.raw`\s`;
const hasChinese = new RegExp(`[${chinese}]`, 'u');
const halfWidth = String.raw`,.;:?!()"–`;

const fullWidthFor: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '"': '“”',
  '–': '—',
};

const rules: { pattern: RegExp; describe: (match: string) => string }[] = [
  {
    // Three dots or a lone … (a doubled …… is right; longer runs are wrong too).
    pattern: /\.{3,}|(?<!…)…(?!…)|…{3,}/gu,
    describe: () => 'an ellipsis as "……" (two U+2026)',
  },
  {
    pattern: new RegExp(`(?<=[${chinese}])${space}+|${space}+(?=[${chinese}])`, 'gu'),
    describe: () => 'no space between Chinese and other text',
  },
  {
    // A dot that is part of an ellipsis is the rule above's, not this one's.
    pattern: new RegExp(
      `(?<=[${chinese}])(?!\\.\\.)[${halfWidth}]|(?<!\\.)[${halfWidth}](?=[${chinese}])`,
      'gu',
    ),
    describe: (mark) => `full-width "${fullWidthFor[mark]}" instead of "${mark}" next to Chinese`,
  },
];

/** The match and a few characters either side, so that a message shows where in a long string it is. */
function excerpt(text: string, index: number, length: number): string {
  const context = 4;
  const start = Math.max(0, index - context);
  const end = Math.min(text.length, index + length + context);
  return text.slice(start, end);
}

/**
 * Every way `text` breaks the convention above, each as "expected …, got …" (the got part quotes
 * the place in the string). Text without Chinese passes untouched.
 */
export function checkChineseTypography(text: string): string[] {
  const problems: string[] = [];
  if (!hasChinese.test(text)) return problems;
  for (const { pattern, describe } of rules) {
    for (const match of text.matchAll(pattern)) {
      problems.push(
        `expected ${describe(match[0])}, got ${JSON.stringify(excerpt(text, match.index, match[0].length))}`,
      );
    }
  }
  return problems;
}
