/** Whether the visitor asked for less motion; read when an animation starts, never during render. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
