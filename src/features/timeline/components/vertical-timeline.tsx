import { useMemo, useRef } from 'react';
import { useElementWidth } from '../hooks/use-element-width';
import { createTimeScale } from '../layout/create-time-scale';
import { layoutTimeline } from '../layout/layout-timeline';
import type { LayoutInput } from '../layout/timeline-layout-types';
import type { TimelineItem } from '../layout/timeline-item';
import type { TimelineUrlState } from '../timeline-url';
import { TimelineChart, type TimelineEmphasis } from './timeline-chart';

interface VerticalTimelineProps {
  items: readonly TimelineItem[];
  domain: [Date, Date];
  text: Pick<LayoutInput, 'laneTitles' | 'formatTick'> & {
    caption: (window: [Date, Date]) => string;
  };
  /** The zoom the URL asks for: the chart shows exactly that. */
  urlZoom: number | null;
  highlightedId: string | null;
  emphasis?: TimelineEmphasis;
  onUrlChange: (changes: Partial<TimelineUrlState>, mode: 'replace' | 'push') => Promise<void>;
  returnSearch: string;
}

const pxPerYear = 104;
const maxZoom = 6;
const zoomStep = 1.5;
const top = 16;
const yearMs = 365.25 * 86_400_000;

/**
 * For narrow screens: time runs down the page, newest first (the current job on the first screen,
 * as in the experience list below), and the page's own scrolling pans, so every mark is reached by
 * scrolling alone. Zooming stretches the time axis.
 */
export function VerticalTimeline({
  items,
  domain,
  text,
  urlZoom,
  highlightedId,
  emphasis,
  onUrlChange,
  returnSearch,
}: VerticalTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 343);
  const zoom = Math.min(Math.max(urlZoom ?? 1, 1), maxZoom);
  const { laneTitles, formatTick } = text;

  const layout = useMemo(() => {
    const years = (domain[1].getTime() - domain[0].getTime()) / yearMs;
    const scale = createTimeScale(domain, [top + years * pxPerYear * zoom, top]);
    return layoutTimeline({
      items,
      domain,
      scale,
      orientation: 'vertical',
      width,
      laneTitles,
      formatTick,
    });
  }, [items, domain, zoom, width, laneTitles, formatTick]);

  const zoomTo = (next: number) => {
    const clamped = Math.min(Math.max(next, 1), maxZoom);
    void onUrlChange({ zoom: clamped === 1 ? null : clamped }, 'replace');
  };

  return (
    <div ref={containerRef} className="timeline-frame timeline-frame--vertical">
      <TimelineChart
        layout={layout}
        caption={text.caption(domain)}
        controls={{
          zoomIn: () => zoomTo(zoom * zoomStep),
          zoomOut: () => zoomTo(zoom / zoomStep),
          reset: () => zoomTo(1),
          canZoomIn: zoom < maxZoom,
          canZoomOut: zoom > 1,
        }}
        highlightedId={highlightedId}
        emphasis={emphasis}
        getLinkState={() => ({ timelineSearch: returnSearch })}
        onNavigate={(id) => onUrlChange({ focus: id }, 'replace')}
        onFocusMark={() => {
          // The browser scrolls a focused link into view by itself.
        }}
      />
    </div>
  );
}
