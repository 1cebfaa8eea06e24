import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isPlainClick } from '../../../components/is-plain-click';
import { useResolveRouteHref } from '../hooks/use-resolve-route-href';
import { isOutOfView } from '../layout/box-geometry';
import { bandGroups, isBandGroup } from '../layout/band-groups';
import { markOrigin } from '../layout/box-geometry';
import type { TimelineLayout, TimelineMark as Mark } from '../layout/timeline-layout-types';
import { nodeSpansPath } from '../layout/node-spans-path';
import type { TimelineItem } from '../layout/timeline-item';
import type { TimelineUrl } from '../hooks/use-timeline-search';
import { timelineLinkState } from '../timeline-return';
import { ZoomControls } from './zoom-controls';
import { TimelineAxis } from './timeline-axis';
import { TimelineMark, type MarkEmphasis } from './timeline-mark';
import { BandGroup } from './band-group';
import { TimelinePreview } from './timeline-preview';

/** A technology filter: marks that use it stand out, the rest are dimmed. */
export interface TimelineEmphasis {
  technology: string;
}

export interface TimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

interface TimelineChartProps {
  layout: TimelineLayout;
  svgRef?: RefObject<SVGSVGElement | null>;
  controls: TimelineControls;
  /** The visible range, in words. */
  caption: string;
  /** The node to highlight, the view a detail page returns to, and where to note the one opened. */
  url: TimelineUrl;
  emphasis?: TimelineEmphasis;
  /** Called when a mark gets focus (`keyboard`: from the keyboard), to bring it into view. */
  onFocusMark: (id: string, keyboard: boolean) => void;
}

/**
 * Renders a laid-out timeline: axis, lanes, marks, the preview and the zoom controls, and handles the
 * keyboard (arrows between nodes, + - 0 for zoom).
 */
export function TimelineChart({
  layout,
  svgRef,
  controls,
  caption,
  url,
  emphasis,
  onFocusMark,
}: TimelineChartProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resolveHref = useResolveRouteHref();
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const highlightedId = url.state.focus;
  const previewMark = previewId
    ? layout.marks.find((mark) => mark.item.id === previewId)
    : undefined;

  // The marks' callbacks stay the same from frame to frame, so that memo can skip unchanged marks;
  // they reach the current props through this ref.
  const latest = useRef({ url, onFocusMark });
  useEffect(() => {
    latest.current = { url, onFocusMark };
  });
  const handleOpen = useCallback(
    (event: MouseEvent<Element>, item: TimelineItem) => {
      if (!item.href || !isPlainClick(event)) return;
      event.preventDefault();
      const href = item.href;
      const { url } = latest.current;
      const state = timelineLinkState(url.search);
      // The home page's entry first notes the mark (Back highlights it), then the detail page opens.
      // The résumé page loads as a document (resume-page-data.ts): a link to an entry there is
      // followed by the browser, hash and all.
      void url
        .update({ focus: item.id }, 'replace')
        .then(() =>
          href.includes('#')
            ? window.location.assign(resolveHref(href))
            : navigate(href, { state }),
        );
    },
    [navigate, resolveHref],
  );
  const handleFocusChange = useCallback((id: string | null, keyboard = false) => {
    if (id) latest.current.onFocusMark(id, keyboard);
    setFocusedId(id);
    setPreviewId(id);
  }, []);

  // Arriving with a node to highlight (Back from its page): give it focus, once, if this chart is shown.
  const focusedOnArrival = useRef(false);
  useEffect(() => {
    if (focusedOnArrival.current || !highlightedId) return;
    focusedOnArrival.current = true;
    const container = containerRef.current;
    if (!container || container.offsetParent === null) return;
    container.querySelector<SVGAElement>(`a[data-id="${CSS.escape(highlightedId)}"]`)?.focus();
  }, [highlightedId]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (key === '+' || key === '=') controls.zoomIn();
    else if (key === '-' || key === '_') controls.zoomOut();
    else if (key === '0') controls.reset();
    else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)) {
      const links = [
        ...(containerRef.current?.querySelectorAll<SVGAElement>('a.timeline-mark') ?? []),
      ];
      const index = links.indexOf(event.target as SVGAElement);
      if (index === -1) return;
      const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1;
      links[Math.min(Math.max(index + step, 0), links.length - 1)]?.focus();
    } else return;
    event.preventDefault();
  };

  /** A mark, parked or drawn, placed relative to its band's group when it is in one. */
  const renderMark = (mark: Mark, parked: boolean, groupOrigin?: { x: number; y: number }) => {
    const { item } = mark;
    const markEmphasis: MarkEmphasis = emphasis
      ? item.technologies.includes(emphasis.technology)
        ? 'match'
        : 'dim'
      : null;
    return (
      <TimelineMark
        key={item.id}
        item={item}
        mark={parked ? null : mark}
        href={item.href && !item.external ? resolveHref(item.href) : item.href}
        highlighted={item.id === highlightedId}
        focused={item.id === focusedId}
        emphasis={markEmphasis}
        onOpen={handleOpen}
        onPreview={setPreviewId}
        onFocusChange={handleFocusChange}
        groupOrigin={groupOrigin}
        fillsGroup={groupOrigin !== undefined}
      />
    );
  };

  return (
    <div
      className={`timeline-chart timeline-chart--${layout.orientation}`}
      ref={containerRef}
      onKeyDown={handleKeyDown}
    >
      <div className="timeline-chart__toolbar">
        <p className="timeline-chart__caption" aria-live="polite">
          {caption}
        </p>
        <ZoomControls
          onZoomIn={controls.zoomIn}
          onZoomOut={controls.zoomOut}
          onReset={controls.reset}
          canZoomIn={controls.canZoomIn}
          canZoomOut={controls.canZoomOut}
        />
      </div>
      <div className="timeline-chart__plot">
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={layout.width}
          height={Math.ceil(layout.height)}
          viewBox={`0 0 ${layout.width} ${Math.ceil(layout.height)}`}
          role="group"
          aria-label={t('timeline.title')}
        >
          <TimelineAxis layout={layout} />
          {layout.lanes.map((lane) =>
            lane.titleAt ? (
              <text
                key={lane.id}
                className={`timeline-lane-title${emphasis && !layout.marks.some((mark) => mark.item.lane === lane.id && mark.item.technologies.includes(emphasis.technology)) ? ' is-dimmed' : ''}`}
                x={lane.titleAt.x}
                y={lane.titleAt.y}
                aria-hidden="true"
              >
                {lane.title}
              </text>
            ) : null,
          )}
          <path className="timeline-spans" d={nodeSpansPath(layout)} aria-hidden="true" />
          {layout.orientation === 'horizontal'
            ? bandGroups(layout.marks).map((entry) => {
                if (!isBandGroup(entry)) return renderMark(entry, isOutOfView(entry, layout.width));
                const members = [entry.band, ...entry.blocks].map((mark) => ({
                  mark,
                  parked: isOutOfView(mark, layout.width),
                }));
                const origin = markOrigin(entry.band);
                return (
                  <BandGroup
                    key={entry.band.item.id}
                    group={entry}
                    parked={members.every(({ parked }) => parked)}
                  >
                    {members.map(({ mark, parked }) => renderMark(mark, parked, origin))}
                  </BandGroup>
                );
              })
            : // The vertical chart does not zoom: every mark is drawn.
              layout.marks.map((mark) => renderMark(mark, false))}
        </svg>
        {previewMark && <TimelinePreview mark={previewMark} chartHeight={layout.height} />}
      </div>
    </div>
  );
}
