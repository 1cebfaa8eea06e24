import { markBox } from '../layout/box-geometry';
import type { TimelineMark } from '../layout/timeline-layout-types';

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
  const box = markBox(mark);
  const below = box.y < chartHeight / 2;
  const style = {
    '--preview-x': `${Math.round(box.x + box.width / 2)}px`,
    top: below ? `${Math.round(box.y + box.height + 4)}px` : `${Math.round(box.y - 4)}px`,
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
