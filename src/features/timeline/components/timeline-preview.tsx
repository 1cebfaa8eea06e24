import type { TimelineMark } from '../layout/layout-timeline';

/**
 * The preview of the hovered or focused mark: name, period, one line. It sits wholly above or below
 * the mark, never over it. The link's own name already says as much, so it is hidden from assistive
 * technology.
 */
export function TimelinePreview({
  mark,
  chartHeight,
}: {
  mark: TimelineMark;
  chartHeight: number;
}) {
  const { item } = mark;
  const horizontal = mark.shape === 'band' ? mark.x + mark.width / 2 : mark.cx;
  const top = mark.shape === 'band' ? mark.y : mark.cy - 8;
  const bottom = mark.shape === 'band' ? mark.y + mark.height : mark.cy + 8;
  const below = top < chartHeight / 2;
  const style = {
    '--preview-x': `${Math.round(horizontal)}px`,
    top: below ? `${Math.round(bottom + 8)}px` : `${Math.round(top - 8)}px`,
  } as React.CSSProperties;
  return (
    <div
      className={`timeline-preview ${below ? 'timeline-preview--below' : 'timeline-preview--above'}`}
      style={style}
      aria-hidden="true"
    >
      <p className="timeline-preview__name">{item.name}</p>
      <p className="timeline-preview__period">{item.period}</p>
      <p className="timeline-preview__summary">{item.summary}</p>
    </div>
  );
}
