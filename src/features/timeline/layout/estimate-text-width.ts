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
export function emsToPx(ems: number, fontSize: number, bold = false): number {
  return Math.ceil(ems * fontSize * (bold ? 1.08 : 1) * 1.06);
}

/** The estimated width of one character, in ems. */
export function charWidth(char: string): number {
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
