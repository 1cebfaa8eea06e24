/** Rounds to hundredths of a px: finer is invisible, and relative positions then compare equal between frames. */
export function roundPx(value: number): number {
  return Math.round(value * 100) / 100;
}
