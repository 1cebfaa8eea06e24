import { useMemo, useRef, useState } from 'react';
import { useHorizontalZoom } from '../hooks/use-horizontal-zoom';
import { useElementWidth } from '../hooks/use-element-width';
import { horizontalScale } from '../layout/create-time-scale';
import { layoutTimeline } from '../layout/layout-timeline';
import { centreToReveal, markBox } from '../layout/box-geometry';
import { horizontalRows } from '../layout/horizontal-rows';
import type { NodeTextsCache } from '../layout/label-placement';
import type { OrientationChartProps } from './orientation-chart-props';
import { TimelineChart } from './timeline-chart';

const zoomStep = 1.6;
/** A mark focused from the keyboard is panned to show whole, this far inside the chart's edges. */
const focusMargin = 16;

/**
 * The chart's width on a wide screen: the home page's 72rem less its side padding. The prerendered
 * chart is laid out at this width, so that on a desktop the page paints what hydration draws again.
 */
const widestChartWidth = 1104;

/** Time runs left to right; d3-zoom pans and zooms the visible window. */
export function HorizontalTimeline({ items, domain, text, url, emphasis }: OrientationChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(containerRef, widestChartWidth);
  const { laneTitles, formatTick } = text;

  // The chart's own: a node's label texts, made once and kept from one zoom frame to the next.
  const [nodeTexts] = useState<NodeTextsCache>(() => new WeakMap());
  // Lanes and rows do not depend on the zoom: stacked once, they give the height.
  const rows = useMemo(
    () => horizontalRows(items, domain, width, nodeTexts),
    [items, domain, width, nodeTexts],
  );
  const { height } = rows;

  const zoom = useHorizontalZoom({
    svgRef,
    domain,
    width,
    height,
    url: { view: url.state.view, arrival: url.arrival },
    onSettle: (view) => void url.update({ view }, 'replace'),
  });
  const [from, to] = zoom.window;
  const scale = useMemo(() => horizontalScale([from, to], width), [from, to, width]);
  const layout = useMemo(
    () =>
      layoutTimeline({
        items,
        domain,
        scale,
        orientation: 'horizontal',
        width,
        laneTitles,
        formatTick,
        rows,
        nodeTexts,
      }),
    [items, domain, scale, width, laneTitles, formatTick, rows, nodeTexts],
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
          canZoomIn: zoom.canZoomIn,
          canZoomOut: zoom.canZoomOut,
        }}
        url={url}
        emphasis={emphasis}
        onFocusMark={(id, keyboard) => {
          const mark = layout.marks.find((candidate) => candidate.item.id === id);
          if (!mark) return;
          const box = markBox(mark);
          const centre = centreToReveal(box, width, focusMargin);
          // A mark focused by a press of the pointer stays under it, so that the click lands on it;
          // one wholly out of view (focused by a script) is panned all the same.
          const hidden = box.x + box.width < focusMargin || box.x > width - focusMargin;
          if (centre !== null && (keyboard || hidden)) zoom.centreOn(scale.invert(centre));
        }}
      />
    </div>
  );
}
