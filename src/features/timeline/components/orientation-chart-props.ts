import type { LayoutInput } from '../layout/timeline-layout-types';
import type { TimelineItem } from '../layout/timeline-item';
import type { TimelineUrl } from '../hooks/use-timeline-search';
import type { TimelineEmphasis } from './timeline-chart';

/** What the horizontal and the vertical chart are both given: one career, one URL, one filter. */
export interface OrientationChartProps {
  items: readonly TimelineItem[];
  domain: [Date, Date];
  text: Pick<LayoutInput, 'laneTitles' | 'formatTick'> & {
    /** The visible range, in words. */
    caption: (window: [Date, Date]) => string;
  };
  /** The timeline's state in the URL, and the way to write it (see useTimelineSearch). */
  url: TimelineUrl;
  emphasis?: TimelineEmphasis;
}
