import { charWidth, emsToPx } from './estimate-text-width';

/**
 * `text` if it fits `maxWidth`, else its longest start that fits with an ellipsis; null if not even
 * one character does.
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
  const ellipsis = charWidth('…');
  let fitting = 0;
  ems = ellipsis;
  for (const char of chars) {
    ems += charWidth(char);
    if (emsToPx(ems, fontSize, bold) > maxWidth) break;
    fitting += 1;
  }
  if (fitting === 0) return null;
  return `${chars.slice(0, fitting).join('').trimEnd()}…`;
}
