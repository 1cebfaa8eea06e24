import { lazy, Suspense } from 'react';
import { useLanguage } from '../../../i18n/use-language';
import { careerTimelineCode, type CareerTimelineProps } from './career-timeline-code';

/** Resolves when the browser is idle, so that the timeline's code waits for the first view. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window)
      window.requestIdleCallback(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 200);
  });
}

const CareerTimelineWhenIdle = lazy(async () => {
  await whenIdle();
  return { default: await careerTimelineCode.load() };
});

/**
 * The career timeline, its code loaded once the browser is idle. The prerendered page already shows
 * the timeline, and its marks are plain links, so nothing waits for it: React hydrates the rest of
 * the page first, and this part when its code arrives. On the server the code has loaded before
 * rendering (entry-server.tsx), so nothing suspends there.
 */
export function DeferredCareerTimeline(props: CareerTimelineProps) {
  const language = useLanguage();
  const Timeline = (import.meta.env.SSR && careerTimelineCode.loaded) || CareerTimelineWhenIdle;
  // Keyed by language: switching language before this part has hydrated replaces it, instead of
  // updating server HTML that is in the other language (a hydration mismatch).
  return (
    <Suspense
      key={language}
      fallback={<div id="timeline" className="career-timeline career-timeline--loading" />}
    >
      <Timeline {...props} />
    </Suspense>
  );
}
