/**
 * The résumé's one rule for how a Chinese line ends: on its last word, with no 。 after it (nor the
 * ；，、： a list item can trail), as the source résumé writes its bullets. Sentences inside a line
 * still end with 。; a line may end on ？ or ！, or on a closing bracket or quote.
 * The interface's own sentences (a notice, an error) are not résumé lines and keep their 。.
 */

const hasChinese = /\p{Script=Han}/u;
const finalStop = /[。；，、：]\s*$/u;

/** The way a Chinese résumé line breaks the rule above, as "expected …, got …", or nothing. */
export function checkChineseFinalStop(text: string): string[] {
  if (!hasChinese.test(text)) return [];
  const stop = finalStop.exec(text);
  if (!stop) return [];
  const ending = text.slice(Math.max(0, stop.index - 8));
  return [
    `expected a line that ends on its last word, without "${stop[0].trim()}", got ${JSON.stringify(ending)}`,
  ];
}
