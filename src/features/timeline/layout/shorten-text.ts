/** `text` cut to `maxChars` characters, the last an ellipsis, if it is longer. */
export function shortenText(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars
    ? text
    : `${chars
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`;
}
