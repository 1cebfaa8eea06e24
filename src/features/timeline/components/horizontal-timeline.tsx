import { useMemo, useRef } from 'react';
import { useHorizontalZoom } from '../hooks/use-horizontal-zoom';
import { replaceUrlSearch } from '../hooks/replace-url-search';
import { useElementWidth } from '../hooks/use-element-width';
import { createTimeScale } from '../layout/create-time-scale';
import { layoutTimeline, type LayoutInput } from '../layout/layout-timeline';
import type { TimelineItem } from '../layout/timeline-item';
import { writeTimelineUrlState } from '../timeline-url';
import { TimelineCanvas } from './timeline-canvas';

interface HorizontalTimelineProps {
  items: readonly TimelineItem[];
  domain: [Date, Date];
  text: Pick<LayoutInput, 'laneTitles' | 'formatTick'> & {
    caption: (window: [Date, Date]) => string;
  };
  initialView: [Date, Date] | null;
  highlightedId: string | null;
}

/** Time runs left to right; d3-zoom pans and zooms the visible window. */
export function HorizontalTimeline({
  items,
  domain,
  text,
  initialView,
  highlightedId,
}: HorizontalTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(containerRef, 1040);
  const { laneTitles, formatTick } = text;

  // Lanes and rows do not depend on the zoom, so the full view gives the height.
  const height = useMemo(
    () =>
      layoutTimeline({
        items,
        scale: createTimeScale(domain, [0, width]),
        orientation: 'horizontal',
        width,
        laneTitles,
        formatTick,
      }).height,
    [items, domain, width, laneTitles, formatTick],
  );

  const zoom = useHorizontalZoom(svgRef, domain, width, height, initialView, (window, isFull) =>
    replaceUrlSearch(
      writeTimelineUrlState(globalThis.location.search, { view: isFull ? null : window }),
    ),
  );
  const [from, to] = zoom.window;
  const isFull = from.getTime() <= domain[0].getTime() && to.getTime() >= domain[1].getTime();
  const layout = useMemo(
    () =>
      layoutTimeline({
        items,
        scale: createTimeScale([from, to], [0, width]),
        orientation: 'horizontal',
        width,
        laneTitles,
        formatTick,
      }),
    [items, from, to, width, laneTitles, formatTick],
  );
  const minWindowReached = to.getTime() - from.getTime() <= 76 * 86_400_000;

  return (
    <div ref={containerRef} className="timeline-frame timeline-frame--horizontal">
      <TimelineCanvas
        layout={layout}
        svgRef={svgRef}
        caption={text.caption([from, to])}
        controls={{
          zoomIn: () => zoom.zoomBy(1.6),
          zoomOut: () => zoom.zoomBy(1 / 1.6),
          reset: zoom.reset,
          canZoomIn: !minWindowReached,
          canZoomOut: !isFull,
        }}
        highlightedId={highlightedId}
        getLinkState={() => ({
          timelineSearch: writeTimelineUrlState('', { view: isFull ? null : [from, to] }),
        })}
        onNavigate={(id) =>
          replaceUrlSearch(writeTimelineUrlState(globalThis.location.search, { focus: id }))
        }
        onFocusMark={(id) => {
          const mark = layout.marks.find((candidate) => candidate.item.id === id);
          if (!mark) return;
          const left = mark.shape === 'band' ? mark.x + mark.width : mark.cx;
          const right = mark.shape === 'band' ? mark.x : mark.cx;
          if (left < 16 || right > width - 16) zoom.centreOn(mark.item.anchor);
        }}
      />
    </div>
  );
}
