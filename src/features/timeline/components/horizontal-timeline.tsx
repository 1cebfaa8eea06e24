import { useMemo, useRef } from 'react';
import { useHorizontalZoom } from '../hooks/use-horizontal-zoom';
import { useElementWidth } from '../hooks/use-element-width';
import { createTimeScale } from '../layout/create-time-scale';
import { layoutTimeline } from '../layout/layout-timeline';
import { markBox } from '../layout/box-geometry';
import type { LayoutInput } from '../layout/timeline-layout-types';
import type { TimelineItem } from '../layout/timeline-item';
import type { TimelineUrlState } from '../timeline-url';
import { TimelineChart, type TimelineEmphasis } from './timeline-chart';

interface HorizontalTimelineProps {
  items: readonly TimelineItem[];
  domain: [Date, Date];
  text: Pick<LayoutInput, 'laneTitles' | 'formatTick'> & {
    caption: (window: [Date, Date]) => string;
  };
  /** The view the URL asks for; the chart follows it when it changes. */
  urlView: [Date, Date] | null;
  highlightedId: string | null;
  emphasis?: TimelineEmphasis;
  /** Writes the state to the URL (see useTimelineSearch). */
  onUrlChange: (changes: Partial<TimelineUrlState>, mode: 'replace' | 'push') => Promise<void>;
  /** The query string to come back to from a detail page. */
  returnSearch: string;
}

/** The narrowest window the buttons zoom to, in ms; d3-zoom's limit is a day narrower. */
const minButtonWindowMs = 76 * 86_400_000;
const zoomStep = 1.6;
/** A mark this close to an edge is panned into view when it gets focus. */
const focusMargin = 16;

/**
 * The chart's width on a wide screen: the home page's 72rem less its side padding. The prerendered
 * chart is laid out at this width, so that on a desktop the page paints what hydration draws again.
 */
const widestChartWidth = 1104;

/** Time runs left to right; d3-zoom pans and zooms the visible window. */
export function HorizontalTimeline({
  items,
  domain,
  text,
  urlView,
  highlightedId,
  emphasis,
  onUrlChange,
  returnSearch,
}: HorizontalTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(containerRef, widestChartWidth);
  const { laneTitles, formatTick } = text;

  // Lanes and rows do not depend on the zoom, so the full view gives the height.
  const height = useMemo(
    () =>
      layoutTimeline({
        items,
        domain,
        scale: createTimeScale(domain, [0, width]),
        orientation: 'horizontal',
        width,
        laneTitles,
        formatTick,
      }).height,
    [items, domain, width, laneTitles, formatTick],
  );

  const zoom = useHorizontalZoom(svgRef, domain, width, height, urlView, (window, isFull) => {
    void onUrlChange({ view: isFull ? null : window }, 'replace');
  });
  const [from, to] = zoom.window;
  const isFull = from.getTime() <= domain[0].getTime() && to.getTime() >= domain[1].getTime();
  const layout = useMemo(
    () =>
      layoutTimeline({
        items,
        domain,
        scale: createTimeScale([from, to], [0, width]),
        orientation: 'horizontal',
        width,
        laneTitles,
        formatTick,
      }),
    [items, domain, from, to, width, laneTitles, formatTick],
  );

  return (
    <div ref={containerRef} className="timeline-frame timeline-frame--horizontal">
      <TimelineChart
        layout={layout}
        svgRef={svgRef}
        caption={text.caption([from, to])}
        controls={{
          zoomIn: () => zoom.zoomBy(zoomStep),
          zoomOut: () => zoom.zoomBy(1 / zoomStep),
          reset: zoom.reset,
          canZoomIn: to.getTime() - from.getTime() > minButtonWindowMs,
          canZoomOut: !isFull,
        }}
        highlightedId={highlightedId}
        emphasis={emphasis}
        getLinkState={() => ({ timelineSearch: returnSearch })}
        onNavigate={(id) => onUrlChange({ focus: id }, 'replace')}
        onFocusMark={(id) => {
          const mark = layout.marks.find((candidate) => candidate.item.id === id);
          if (!mark) return;
          const box = markBox(mark);
          if (box.x + box.width < focusMargin || box.x > width - focusMargin)
            zoom.centreOn(mark.item.anchor);
        }}
      />
    </div>
  );
}
