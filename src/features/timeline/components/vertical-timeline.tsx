import { useMemo, useRef } from 'react';
import { useElementWidth } from '../hooks/use-element-width';
import { verticalScale } from '../layout/create-time-scale';
import { layoutTimeline } from '../layout/layout-timeline';
import type { OrientationChartProps } from './orientation-chart-props';
import { TimelineChart } from './timeline-chart';

const maxZoom = 6;
const zoomStep = 1.5;

/**
 * For narrow screens: time runs down the page, newest first (the current job on the first screen,
 * as in the experience list below), and the page's own scrolling pans, so every mark is reached by
 * scrolling alone. Zooming stretches the time axis to the zoom in the URL.
 */
export function VerticalTimeline({ items, domain, text, url, emphasis }: OrientationChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(containerRef, 343);
  const zoom = Math.min(Math.max(url.state.zoom ?? 1, 1), maxZoom);
  const { laneTitles, formatTick } = text;

  const layout = useMemo(
    () =>
      layoutTimeline({
        items,
        domain,
        scale: verticalScale(domain, zoom),
        orientation: 'vertical',
        width,
        laneTitles,
        formatTick,
      }),
    [items, domain, zoom, width, laneTitles, formatTick],
  );

  const zoomTo = (next: number) => {
    const clamped = Math.min(Math.max(next, 1), maxZoom);
    void url.update({ zoom: clamped === 1 ? null : clamped }, 'replace');
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
        url={url}
        emphasis={emphasis}
        onFocusMark={() => {
          // The browser scrolls a focused link into view by itself.
        }}
      />
    </div>
  );
}
