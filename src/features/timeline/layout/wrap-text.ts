import { estimateTextWidth } from './estimate-text-width';
import { truncateText } from './truncate-text';

/** CJK characters, each of which may start a line. */
const cjk = '\\u2e80-\\u9fff\\uff00-\\uffef';
/** A run of non-CJK non-space characters, a single CJK character, or a space. */
const token = new RegExp(`[${cjk}]|\\s+|[^\\s${cjk}]+`, 'g');
const lone = new RegExp(`^[${cjk}]$`);
const threeAtEnd = new RegExp(`[${cjk}]{3}$`);

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
  // Most labels fit on one line: one cached width check instead of a tokenised wrap.
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text ? [text] : [];
  if (maxLines <= 1) {
    const only = truncateText(text, maxWidth, fontSize, bold);
    return only ? [only] : [];
  }
  const tokens = text.match(token) ?? [];
  const lines: string[] = [];
  let current = '';
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
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
