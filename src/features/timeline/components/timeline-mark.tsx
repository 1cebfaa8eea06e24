import { useTranslation } from 'react-i18next';
import { timelineMetrics, type TimelineMark as Mark } from '../layout/layout-timeline';
import { SvgRouteLink } from './svg-route-link';
import { TimelineMarkLabel } from './timeline-mark-label';

interface TimelineMarkProps {
  mark: Mark;
  highlighted: boolean;
  /** Router state for the detail page: how to return to this view. */
  linkState: unknown;
  onNavigate: (id: string) => void;
  onPreview: (id: string | null) => void;
  onFocusMark: (id: string) => void;
}

/** One band or node: a link to its page where it has one, with its label and a focus ring. */
export function TimelineMark({
  mark,
  highlighted,
  linkState,
  onNavigate,
  onPreview,
  onFocusMark,
}: TimelineMarkProps) {
  const { t } = useTranslation();
  const { item } = mark;
  const r = timelineMetrics.nodeRadius;
  const className = `timeline-mark timeline-mark--${item.kind}${highlighted ? ' is-highlighted' : ''}${
    item.employerId ? ' timeline-mark--undated' : ''
  }`;

  const shape =
    mark.shape === 'band' ? (
      <>
        <rect
          className="timeline-mark__focus"
          x={mark.x - 3}
          y={mark.y - 3}
          width={mark.width + 6}
          height={mark.height + 6}
          rx={7}
        />
        <rect
          className="timeline-mark__band"
          x={mark.x}
          y={mark.y}
          width={mark.width}
          height={mark.height}
          rx={4}
        />
      </>
    ) : (
      <>
        {!item.employerId && mark.width > 0 && (
          <line
            className="timeline-mark__span"
            x1={mark.x}
            x2={mark.x + mark.width}
            y1={mark.cy}
            y2={mark.cy}
          />
        )}
        {!item.employerId && mark.height > 0 && (
          <line
            className="timeline-mark__span"
            x1={mark.cx}
            x2={mark.cx}
            y1={mark.y}
            y2={mark.y + mark.height}
          />
        )}
        <circle className="timeline-mark__focus" cx={mark.cx} cy={mark.cy} r={r + 5} />
        <circle className="timeline-mark__node" cx={mark.cx} cy={mark.cy} r={r} />
      </>
    );
  const content = (
    <>
      {shape}
      {mark.label && <TimelineMarkLabel label={mark.label} />}
    </>
  );

  if (!item.href) {
    return (
      <g className={className} aria-hidden="true">
        {content}
      </g>
    );
  }
  const events = {
    onFocus: () => {
      onFocusMark(item.id);
      onPreview(item.id);
    },
    onBlur: () => onPreview(null),
    onMouseEnter: () => onPreview(item.id),
    onMouseLeave: () => onPreview(null),
  };
  if (item.external) {
    return (
      <a
        className={className}
        href={item.href}
        rel="noopener noreferrer"
        aria-label={t('timeline.externalNodeName', { name: item.name, period: item.period })}
        data-id={item.id}
        {...events}
      >
        {content}
      </a>
    );
  }
  return (
    <SvgRouteLink
      className={className}
      to={item.href}
      state={linkState}
      label={t('timeline.nodeName', { name: item.name, period: item.period })}
      onNavigate={() => onNavigate(item.id)}
      data-id={item.id}
      {...events}
    >
      {content}
    </SvgRouteLink>
  );
}
