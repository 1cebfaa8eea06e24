// The horizontal chart of a generated career, as `npm run bench:timeline` measures it and the chart's
// tests render it: in English unless told otherwise, in a memory router, with nowhere to write the URL.
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Language } from '../../src/config/languages';
import { HorizontalTimeline } from '../../src/features/timeline/components/horizontal-timeline';
import { testLaneTitles } from '../../src/test/timeline-items';
import type { TimelineItem } from '../../src/features/timeline/layout/timeline-item';
import { i18nFor } from '../../src/i18n/config';

/** Lane titles, year ticks and no caption: the words do not matter to what is measured. */
export const generatedTimelineText = {
  laneTitles: testLaneTitles,
  formatTick: (tick: { date: Date }) => String(tick.date.getUTCFullYear()),
  caption: () => '',
};

/**
 * The chart of `items` over `domain`, showing `urlView` (the whole domain when null), translated into
 * `language`, whose interface strings must be loaded.
 */
export function generatedTimeline(
  items: readonly TimelineItem[],
  domain: [Date, Date],
  urlView: [Date, Date] | null,
  language: Language = 'en',
) {
  const element = (
    <I18nextProvider i18n={i18nFor(language)}>
      <HorizontalTimeline
        items={items}
        domain={domain}
        text={generatedTimelineText}
        url={{
          state: { view: urlView, zoom: null, focus: null, tech: null },
          search: '',
          // Each view asked for is a new arrival, as a Back or a link to it would be.
          arrival: urlView?.[0].getTime() ?? 0,
          update: async () => {},
        }}
      />
    </I18nextProvider>
  );
  return <RouterProvider router={createMemoryRouter([{ path: '*', element }])} />;
}
