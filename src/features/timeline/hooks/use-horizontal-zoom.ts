import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { prefersReducedMotion } from '../prefers-reduced-motion';

const dayMs = 86_400_000;
/** The narrowest window the view zooms to. */
const minWindowMs = 75 * dayMs;
const animationMs = 200;

interface AttachedZoom {
  behavior: ZoomBehavior<SVGSVGElement, unknown>;
  svg: SVGSVGElement;
}

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
 * window; React renders from that window. `onSettle` hears the window when a gesture ends. The
 * window follows `urlWindow` whenever that changes (hydration, Back, a link), so the URL owns the
 * view. d3-zoom comes in the timeline's own chunk, which loads once the page is idle: loading it
 * apart made the wheel and drag work about 170 ms later for buttons 55–80 ms sooner (npm run
 * bench:load), and needed a second way to zoom until it came.
 */
export function useHorizontalZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  domain: [Date, Date],
  width: number,
  height: number,
  urlWindow: [Date, Date] | null,
  onSettle: (window: [Date, Date], isFull: boolean) => void,
): HorizontalZoom {
  const [window, setWindow] = useState<[Date, Date]>(() => clampWindow(urlWindow, domain));
  // Follow the URL when it changes, adjusting state during render as React recommends.
  const urlKey = windowKey(urlWindow);
  const [followedKey, setFollowedKey] = useState(urlKey);
  /**
   * The windows this hook reported that the URL has not shown yet, oldest first. The URL coming
   * back with one of them is an echo of our own write, not a request: following it would snap the
   * view back to where a gesture ended while a later gesture (a reset pressed mid-zoom) is running.
   */
  const [unechoed, setUnechoed] = useState<string[]>([]);
  /** The last window the URL asked for after mounting: d3-zoom's transform is brought to it. */
  const [urlTarget, setUrlTarget] = useState<[Date, Date] | null>(null);
  if (followedKey !== urlKey) {
    setFollowedKey(urlKey);
    const echo = unechoed.indexOf(urlKey);
    setUnechoed(echo === -1 ? [] : unechoed.slice(echo + 1));
    const next = clampWindow(urlWindow, domain);
    if (echo === -1 && !sameWindow(next, window)) {
      setWindow(next);
      setUrlTarget(next);
    }
  }
  const windowRef = useRef(window);
  const onSettleRef = useRef(onSettle);
  // Declared before the zoom effect, so that effect sees the current values.
  useEffect(() => {
    windowRef.current = window;
    onSettleRef.current = onSettle;
  });
  /** Hands a settled window to `onSettle`, remembering it so that its echo in the URL is known. */
  const report = useCallback((settled: [Date, Date], isFull: boolean) => {
    setUnechoed((keys) => [...keys, windowKey(isFull ? null : settled)]);
    onSettleRef.current(settled, isFull);
  }, []);
  const attachedRef = useRef<AttachedZoom | null>(null);
  /** True while the hook moves d3-zoom to a window itself, whose end is then not reported. */
  const settingRef = useRef(false);
  /** Moves d3-zoom to `transform` at once, as a window from outside its gestures. */
  const setTransform = useCallback(({ behavior, svg }: AttachedZoom, transform: ZoomTransform) => {
    settingRef.current = true;
    try {
      select(svg).call(behavior.transform, transform);
    } finally {
      settingRef.current = false;
    }
  }, []);
  /** The domain d3-zoom last worked in: the window was measured against it. */
  const attachedDomainRef = useRef(domain);

  const [from, to] = domain;
  const base = useMemo(() => scaleUtc().domain([from, to]).range([0, width]), [from, to, width]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const domain: [Date, Date] = [from, to];
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
        // A window the hook set itself came from the URL (or is the one it had): not the visitor's.
        if (settingRef.current) return;
        const [a, b] = event.transform.rescaleX(base).domain();
        report([a!, b!], event.transform.k === 1);
      });
    const selection = select(svg);
    selection.call(behavior).on('dblclick.zoom', null);
    // Carry the current window over to the new size or domain (or apply the one from the URL). A
    // view of the whole domain stays whole when the domain changes, as it does with a new "now".
    const [shownFrom, shownTo] = attachedDomainRef.current;
    const [windowFrom, windowTo] = windowRef.current;
    const wasWhole = windowFrom <= shownFrom && windowTo >= shownTo;
    const start = wasWhole ? domain : clampWindow(windowRef.current, domain);
    attachedDomainRef.current = domain;
    attachedRef.current = { behavior, svg };
    setTransform(attachedRef.current, transformFor(start, base));
    return () => {
      selection.on('.zoom', null);
      attachedRef.current = null;
    };
  }, [svgRef, base, from, to, width, height, report, setTransform]);

  // d3-zoom keeps its own transform: bring it to a window set from outside its gestures (the URL).
  useEffect(() => {
    const attached = attachedRef.current;
    if (!attached || !urlTarget) return;
    const shown = zoomTransform(attached.svg).rescaleX(base).domain() as [Date, Date];
    if (!sameWindow(shown, urlTarget)) setTransform(attached, transformFor(urlTarget, base));
  }, [urlTarget, base, setTransform]);

  const zoomBy = useCallback((factor: number) => {
    const attached = attachedRef.current;
    if (!attached) return;
    animated(attached.svg).call(attached.behavior.scaleBy, factor);
  }, []);

  const reset = useCallback(() => {
    const attached = attachedRef.current;
    if (!attached) return;
    animated(attached.svg).call(attached.behavior.transform, zoomIdentity);
  }, []);

  const centreOn = useCallback(
    (date: Date) => {
      const attached = attachedRef.current;
      if (!attached) return;
      select(attached.svg).call(attached.behavior.translateTo, base(date), height / 2);
    },
    [base, height],
  );

  return { window, zoomBy, reset, centreOn };
}

/** A transition on the SVG for a zoom, immediate when the visitor prefers less motion. */
function animated(svg: SVGSVGElement) {
  return select(svg)
    .transition()
    .duration(prefersReducedMotion() ? 0 : animationMs);
}

/** The zoom transform that shows `window` on the base scale. */
function transformFor(window: [Date, Date], base: ReturnType<typeof scaleUtc<number, number>>) {
  const x0 = base(window[0]);
  const x1 = base(window[1]);
  const [r0, r1] = base.range() as [number, number];
  const k = (r1 - r0) / Math.max(x1 - x0, 1);
  return zoomIdentity.scale(k).translate(-x0, 0);
}

/** A window as the URL holds it, to the minute; the whole domain (no window) is `''`. */
function windowKey(window: [Date, Date] | null): string {
  if (!window) return '';
  const [from, to] = window.map((date) => Math.round(date.getTime() / 60_000));
  return `${from}..${to}`;
}

/** Whether two windows show the same view, to within a minute at either end (the URL's precision). */
function sameWindow(a: [Date, Date], b: [Date, Date]): boolean {
  return (
    Math.abs(a[0].getTime() - b[0].getTime()) <= 60_000 &&
    Math.abs(a[1].getTime() - b[1].getTime()) <= 60_000
  );
}

/** The window inside the domain, or the whole domain. */
function clampWindow(window: [Date, Date] | null, [from, to]: [Date, Date]): [Date, Date] {
  if (!window) return [from, to];
  const start = Math.max(window[0].getTime(), from.getTime());
  const end = Math.min(window[1].getTime(), to.getTime());
  return end - start >= minWindowMs ? [new Date(start), new Date(end)] : [from, to];
}
