/**
 * Fitting a label's text into px without measuring: a width estimated from the characters alone,
 * text wrapped into lines, and text cut short with an ellipsis between words. The estimate errs
 * wide, so text that fits by it fits on screen, on a server as in a browser.
 */

/**
 * A generous estimate of a string's rendered width in px, from its characters alone, so that layout
 * needs no measuring and runs the same on a server. It errs wide: a label that fits by this estimate
 * fits on screen, so two labels judged apart never touch.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = emsCache.get(text);
  if (ems === undefined) {
    ems = 0;
    for (const char of text) ems += charWidth(char);
    if (emsCache.size > 20_000) emsCache.clear();
    emsCache.set(text, ems);
  }
  return emsToPx(ems, fontSize, bold);
}

/** Labels are measured again on every zoom frame; their widths in ems do not change. */
const emsCache = new Map<string, number>();

/** Converts a width in ems to px, with the margin that makes the estimate err wide. */
function emsToPx(ems: number, fontSize: number, bold = false): number {
  return Math.ceil(ems * fontSize * (bold ? 1.08 : 1) * 1.06);
}

/** The estimated width of one character, in ems. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // CJK ideographs, kana, Hangul and full-width forms take a full em.
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3000 && code <= 0x303f)
  ) {
    return 1;
  }
  if (" ilj.,:;'|!()[]".includes(char)) return 0.32;
  if ('ftrI'.includes(char)) return 0.4;
  if ('mwMW@'.includes(char)) return 0.92;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= '0' && char <= '9') return 0.6;
  return 0.58;
}

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

/** CJK characters, each a word of its own, and each of which may start a line. */
const cjkRange = '\\u2e80-\\u9fff\\uff00-\\uffef';
const cjk = new RegExp(`[${cjkRange}]`);
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

/** A run of non-CJK non-space characters, a single CJK character, or a space. */
const token = new RegExp(`[${cjkRange}]|\\s+|[^\\s${cjkRange}]+`, 'g');
const lone = new RegExp(`^[${cjkRange}]$`);
const threeAtEnd = new RegExp(`[${cjkRange}]{3}$`);

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxWidth` px: between words for Latin
 * script, between any two characters for CJK. If the text does not fit, the last line ends with an
 * ellipsis after its last whole word (or is left out, when not even one word fits there).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  maxLines: number,
): string[] {
  // Most labels fit on one line: one width check instead of a tokenised wrap.
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text ? [text] : [];
  if (maxLines <= 1) {
    const only = truncateText(text, maxWidth, fontSize, bold);
    return only ? [only] : [];
  }
  const tokens = text.match(token) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const [index, token] of tokens.entries()) {
    const candidate = current + token;
    if (
      estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth ||
      current.trim() === ''
    ) {
      current = candidate;
      continue;
    }
    lines.push(current.trimEnd());
    current = token.trimStart();
    if (lines.length === maxLines - 1) {
      const rest = current + tokens.slice(index + 1).join('');
      const last = truncateText(rest.trim(), maxWidth, fontSize, bold);
      return withoutOrphan(last ? [...lines, last] : lines);
    }
  }
  const last = current.trim() ? truncateText(current.trim(), maxWidth, fontSize, bold) : null;
  return withoutOrphan(last ? [...lines, last] : lines);
}

/**
 * A last line of one CJK character takes the character before it along, as Chinese typesetting
 * avoids a lone character (孤字) on a paragraph's last line: "后台开发工程 / 师" becomes
 * "后台开发工 / 程师". The line it leaves keeps at least two characters.
 */
function withoutOrphan(lines: string[]): string[] {
  const last = lines.at(-1);
  const previous = lines.at(-2);
  if (last === undefined || previous === undefined) return lines;
  if (!lone.test(last) || !threeAtEnd.test(previous)) return lines;
  return [...lines.slice(0, -2), previous.slice(0, -1), previous.slice(-1) + last];
}
