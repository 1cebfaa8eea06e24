import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { horizontalScale, type TimeScale } from '../layout/create-time-scale';
import { prefersReducedMotion } from '../prefers-reduced-motion';
import type { TimelineUrl } from './use-timeline-search';

const dayMs = 86_400_000;
/** The narrowest view the chart zooms to. */
const narrowestViewMs = 75 * dayMs;
/** How long a button's or a key's zoom takes to play. */
const animationMs = 200;

/** The visible time window; null is the whole domain, which stays whole when the domain grows. */
type View = [Date, Date] | null;

interface AttachedZoom {
  behavior: ZoomBehavior<SVGSVGElement, unknown>;
  svg: SVGSVGElement;
}

interface HorizontalZoomOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  domain: [Date, Date];
  width: number;
  height: number;
  /** The view in the URL, followed at each arrival (see useTimelineSearch). */
  url: Pick<TimelineUrl, 'arrival'> & { view: View };
  /** Hears the view when a gesture, a button or a key has moved it, once it comes to rest. */
  onSettle: (view: View) => void;
}

export interface HorizontalZoom {
  /** The visible time window. */
  window: [Date, Date];
  canZoomIn: boolean;
  canZoomOut: boolean;
  zoomBy: (factor: number) => void;
  reset: () => void;
  /** Pans, keeping the zoom, so that `date` is in the middle of the view. */
  centreOn: (date: Date) => void;
}

/**
 * The horizontal chart's view. It has one owner, this hook's state: React renders from it, and d3-zoom
 * (wheel, pinch, drag, and the buttons' animations) reads gestures and sets it. The view follows the
 * URL only when the visitor arrives at a URL the timeline did not write (hydration, Back, a link),
 * and is told to `onSettle` whenever it comes to rest after moving, which writes it to the URL.
 *
 * d3-zoom comes in the timeline's own chunk, which loads once the page is idle: loading it apart
 * made the wheel and drag work about 170 ms later for buttons 55–80 ms sooner (npm run bench:load),
 * and needed a second way to zoom until it came.
 */
export function useHorizontalZoom({
  svgRef,
  domain,
  width,
  height,
  url,
  onSettle,
}: HorizontalZoomOptions): HorizontalZoom {
  const [view, setView] = useState(() => wholeOrInside(url.view, domain));
  // Follow the URL at each arrival, adjusting state during render as React recommends.
  const [followed, setFollowed] = useState(url.arrival);
  if (followed !== url.arrival) {
    setFollowed(url.arrival);
    setView(wholeOrInside(url.view, domain));
  }

  const [from, to] = domain;
  const base = useMemo(() => horizontalScale([from, to], width), [from, to, width]);
  const attachedRef = useRef<AttachedZoom | null>(null);
  const settle = useEffectEvent((transform: ZoomTransform) => onSettle(viewAt(transform, base)));
  const shownTransform = useEffectEvent(() => transformFor(view, base));

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const maxScale = Math.max(1, (to.getTime() - from.getTime()) / narrowestViewMs);
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
      .on('zoom', ({ transform }: { transform: ZoomTransform }) => setView(viewAt(transform, base)))
      .on('end', ({ transform }: { transform: ZoomTransform }) => settle(transform));
    const selection = select(svg);
    selection.call(behavior).on('dblclick.zoom', null);
    attachedRef.current = { behavior, svg };
    // Carry the view over to the new size or domain.
    moveQuietly(attachedRef.current, shownTransform());
    return () => {
      selection.on('.zoom', null);
      attachedRef.current = null;
    };
  }, [svgRef, base, from, to, width, height]);

  const urlTransform = useEffectEvent(() => transformFor(wholeOrInside(url.view, domain), base));
  useEffect(() => {
    if (attachedRef.current) moveQuietly(attachedRef.current, urlTransform());
  }, [url.arrival]);

  const zoomBy = useCallback((factor: number) => {
    const attached = attachedRef.current;
    if (attached) animated(attached.svg).call(attached.behavior.scaleBy, factor);
  }, []);

  const reset = useCallback(() => {
    const attached = attachedRef.current;
    if (attached) animated(attached.svg).call(attached.behavior.transform, zoomIdentity);
  }, []);

  const centreOn = useCallback(
    (date: Date) => {
      const attached = attachedRef.current;
      if (attached)
        select(attached.svg).call(attached.behavior.translateTo, base(date), height / 2);
    },
    [base, height],
  );

  const window = view ?? domain;
  const span = window[1].getTime() - window[0].getTime();
  return {
    window,
    // A zoom that could narrow the view by less than a day would do nothing a visitor could see.
    canZoomIn: span > narrowestViewMs + dayMs,
    canZoomOut: view !== null,
    zoomBy,
    reset,
    centreOn,
  };
}

/**
 * Moves d3-zoom to `transform` at once, without telling `onSettle`: the view already is there (it
 * came from the URL, or is carried over to a new size). The end listener is off while it moves, so
 * that a button's animation it cuts short is not reported either.
 */
function moveQuietly({ behavior, svg }: AttachedZoom, transform: ZoomTransform) {
  const onEnd = behavior.on('end');
  behavior.on('end', null);
  try {
    select(svg).call(behavior.transform, transform);
  } finally {
    if (onEnd) behavior.on('end', onEnd);
  }
}

/** A transition on the SVG for a zoom, immediate when the visitor prefers less motion. */
function animated(svg: SVGSVGElement) {
  return select(svg)
    .transition()
    .duration(prefersReducedMotion() ? 0 : animationMs);
}

/** The view a zoom transform shows on the base scale: null at the whole domain. */
function viewAt(transform: ZoomTransform, base: TimeScale): View {
  if (transform.k === 1) return null;
  const [left, right] = base.range();
  return [base.invert(transform.invertX(left)), base.invert(transform.invertX(right))];
}

/** The zoom transform that shows `view` on the base scale. */
function transformFor(view: View, base: TimeScale): ZoomTransform {
  if (!view) return zoomIdentity;
  const x0 = base(view[0]);
  const x1 = base(view[1]);
  const [r0, r1] = base.range();
  const k = (r1 - r0) / Math.max(x1 - x0, 1);
  return zoomIdentity.scale(k).translate(-x0, 0);
}

/** The part of `view` inside the domain, or the whole domain (null) if that part is too narrow. */
function wholeOrInside(view: View, [from, to]: [Date, Date]): View {
  if (!view) return null;
  const start = Math.max(view[0].getTime(), from.getTime());
  const end = Math.min(view[1].getTime(), to.getTime());
  if (end - start < narrowestViewMs) return null;
  if (start === from.getTime() && end === to.getTime()) return null;
  return [new Date(start), new Date(end)];
}
