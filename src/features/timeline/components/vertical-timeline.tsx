import { useMemo, useRef, useState } from 'react';
import { replaceUrlSearch } from '../hooks/replace-url-search';
import { useElementWidth } from '../hooks/use-element-width';
import { createTimeScale } from '../layout/create-time-scale';
import { layoutTimeline, type LayoutInput } from '../layout/layout-timeline';
import type { TimelineItem } from '../layout/timeline-item';
import { writeTimelineUrlState } from '../timeline-url';
import { TimelineCanvas } from './timeline-canvas';

interface VerticalTimelineProps {
  items: readonly TimelineItem[];
  domain: [Date, Date];
  text: Pick<LayoutInput, 'laneTitles' | 'formatTick'> & {
    caption: (window: [Date, Date]) => string;
  };
  initialZoom: number | null;
  highlightedId: string | null;
}

const pxPerYear = 104;
const maxZoom = 6;
const yearMs = 365.25 * 86_400_000;

/**
 * For narrow screens: time runs downward and the page's own scrolling pans, so every node is reached
 * by scrolling alone. Zooming stretches the time axis.
 */
export function VerticalTimeline({
  items,
  domain,
  text,
  initialZoom,
  highlightedId,
}: VerticalTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 343);
  const [zoom, setZoom] = useState(() => Math.min(initialZoom ?? 1, maxZoom));
  const { laneTitles, formatTick } = text;

  const layout = useMemo(() => {
    const years = (domain[1].getTime() - domain[0].getTime()) / yearMs;
    const scale = createTimeScale(domain, [16, 16 + years * pxPerYear * zoom]);
    return layoutTimeline({ items, scale, orientation: 'vertical', width, laneTitles, formatTick });
  }, [items, domain, zoom, width, laneTitles, formatTick]);

  const zoomTo = (next: number) => {
    const clamped = Math.min(Math.max(next, 1), maxZoom);
    setZoom(clamped);
    replaceUrlSearch(
      writeTimelineUrlState(globalThis.location.search, { zoom: clamped === 1 ? null : clamped }),
    );
  };

  return (
    <div ref={containerRef} className="timeline-frame timeline-frame--vertical">
      <TimelineCanvas
        layout={layout}
        caption={text.caption(domain)}
        controls={{
          zoomIn: () => zoomTo(zoom * 1.5),
          zoomOut: () => zoomTo(zoom / 1.5),
          reset: () => zoomTo(1),
          canZoomIn: zoom < maxZoom,
          canZoomOut: zoom > 1,
        }}
        highlightedId={highlightedId}
        getLinkState={() => ({
          timelineSearch: writeTimelineUrlState('', { zoom: zoom === 1 ? null : zoom }),
        })}
        onNavigate={(id) =>
          replaceUrlSearch(writeTimelineUrlState(globalThis.location.search, { focus: id }))
        }
        onFocusMark={() => {
          // The browser scrolls a focused link into view by itself.
        }}
      />
    </div>
  );
}
