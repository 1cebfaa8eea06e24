import { estimateTextWidth } from './estimate-text-width';
import { truncateText } from './truncate-text';

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxWidth` px: between words for Latin
 * script, between any two characters for CJK. The last line is shortened with an ellipsis if the
 * text does not fit.
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
  // Tokens: a run of non-CJK non-space characters, a single CJK character, or a space.
  const tokens =
    text.match(/[\u2e80-\u9fff\uff00-\uffef]|\s+|[^\s\u2e80-\u9fff\uff00-\uffef]+/g) ?? [];
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
      lines.push(truncateText(rest.trim(), maxWidth, fontSize, bold) ?? '…');
      return lines;
    }
  }
  if (current.trim()) lines.push(truncateText(current.trim(), maxWidth, fontSize, bold) ?? '…');
  return lines;
}
