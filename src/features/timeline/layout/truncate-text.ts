import { charWidth, emsToPx } from './estimate-text-width';

/**
 * `text` if it fits `maxWidth`, else its longest start that fits with an ellipsis, cut between
 * words (`cutText`); null if not even its first word does.
 */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string | null {
  const chars = [...text];
  let ems = 0;
  for (const char of chars) ems += charWidth(char);
  if (emsToPx(ems, fontSize, bold) <= maxWidth) return text;
  let fitting = 0;
  ems = charWidth('…');
  for (const char of chars) {
    ems += charWidth(char);
    if (emsToPx(ems, fontSize, bold) > maxWidth) break;
    fitting += 1;
  }
  return cutText(chars, fitting);
}

/** `text` cut to at most `maxChars` characters, the last an ellipsis, if it is longer. */
export function shortenText(text: string, maxChars: number): string {
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  return cutText(chars, maxChars - 1) ?? text;
}

/** CJK characters, each a word of its own; the same set `wrapText` breaks between. */
const cjk = /[\u2e80-\u9fff\uff00-\uffef]/;
const wordChar = (char: string | undefined) =>
  char !== undefined && /\S/.test(char) && !cjk.test(char);

/**
 * The first `count` characters and an ellipsis, never ending inside a word: a label's visible text
 * must read as the start of its accessible name, word for word (WCAG 2.5.3, axe's
 * label-content-name-mismatch). Null if the first word alone is longer than `count`.
 */
function cutText(chars: readonly string[], count: number): string | null {
  let end = count;
  if (wordChar(chars[end]) && wordChar(chars[end - 1])) {
    while (end > 0 && wordChar(chars[end - 1])) end -= 1;
  }
  const kept = chars.slice(0, end).join('').trimEnd();
  return kept ? `${kept}…` : null;
}
