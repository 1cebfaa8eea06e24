import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { prefersReducedMotion } from './prefers-reduced-motion';

const dayMs = 86_400_000;
/** The narrowest window the view zooms to. */
const minWindowMs = 75 * dayMs;
const animationMs = 200;

export interface HorizontalZoom {
  /** The visible time window. */
  window: [Date, Date];
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Pans, keeping the zoom, so that `date` is in the middle of the view. */
  centreOn: (date: Date) => void;
}

/**
 * Attaches d3-zoom to the SVG (wheel, pinch, drag), bounded to `domain`, and reports the visible time
 * window; React renders from that window. `onSettle` hears the window when a gesture ends.
 */
export function useHorizontalZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  domain: [Date, Date],
  width: number,
  height: number,
  initialWindow: [Date, Date] | null,
  onSettle: (window: [Date, Date], isFull: boolean) => void,
): HorizontalZoom {
  const [window, setWindow] = useState<[Date, Date]>(() => clampWindow(initialWindow, domain));
  const windowRef = useRef(window);
  const onSettleRef = useRef(onSettle);
  // Declared before the zoom effect, so that effect sees the current values.
  useEffect(() => {
    windowRef.current = window;
    onSettleRef.current = onSettle;
  });
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  const [from, to] = domain;
  const base = useMemo(() => scaleUtc().domain([from, to]).range([0, width]), [from, to, width]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const maxScale = Math.max(1, (to.getTime() - from.getTime()) / minWindowMs);
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxScale])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const [a, b] = event.transform.rescaleX(base).domain();
        setWindow([a!, b!]);
      })
      .on('end', (event: { transform: ZoomTransform }) => {
        const [a, b] = event.transform.rescaleX(base).domain();
        onSettleRef.current([a!, b!], event.transform.k === 1);
      });
    const selection = select(svg);
    selection.call(behavior).on('dblclick.zoom', null);
    // Carry the current window over to the new size (or apply the one from the URL).
    selection.call(behavior.transform, transformFor(windowRef.current, base));
    behaviorRef.current = behavior;
    return () => {
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [svgRef, base, from, to, width, height]);

  const animate = useCallback(
    (apply: (behavior: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      const behavior = behaviorRef.current;
      const svg = svgRef.current;
      if (behavior && svg) apply(behavior, svg);
    },
    [svgRef],
  );

  const zoomBy = useCallback(
    (factor: number) =>
      animate((behavior, svg) =>
        select(svg)
          .transition()
          .duration(prefersReducedMotion() ? 0 : animationMs)
          .call(behavior.scaleBy, factor),
      ),
    [animate],
  );

  const reset = useCallback(
    () =>
      animate((behavior, svg) =>
        select(svg)
          .transition()
          .duration(prefersReducedMotion() ? 0 : animationMs)
          .call(behavior.transform, zoomIdentity),
      ),
    [animate],
  );

  const centreOn = useCallback(
    (date: Date) =>
      animate((behavior, svg) => select(svg).call(behavior.translateTo, base(date), height / 2)),
    [animate, base, height],
  );

  return { window, zoomBy, reset, centreOn };
}

/** The zoom transform that shows `window` on the base scale. */
function transformFor(window: [Date, Date], base: ReturnType<typeof scaleUtc<number, number>>) {
  const x0 = base(window[0]);
  const x1 = base(window[1]);
  const [r0, r1] = base.range() as [number, number];
  const k = (r1 - r0) / Math.max(x1 - x0, 1);
  return zoomIdentity.scale(k).translate(-x0, 0);
}

/** The window inside the domain, or the whole domain. */
function clampWindow(window: [Date, Date] | null, [from, to]: [Date, Date]): [Date, Date] {
  if (!window) return [from, to];
  const start = Math.max(window[0].getTime(), from.getTime());
  const end = Math.min(window[1].getTime(), to.getTime());
  return end - start >= minWindowMs ? [new Date(start), new Date(end)] : [from, to];
}
