import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, kept current by a ResizeObserver. Until it is measured (and on a
 * server) it is `fallback`, so the first render is the same everywhere.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    // Without ResizeObserver (old browsers, jsdom) the fallback width stands; the SVG still scales.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
