import { lazy, Suspense } from 'react';
import {
  loadCareerTimeline,
  loadedCareerTimeline,
  type CareerTimelineProps,
} from './load-career-timeline';

/** Resolves when the browser is idle, so that the timeline's code waits for the first view. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window)
      window.requestIdleCallback(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 200);
  });
}

const LazyCareerTimeline = lazy(async () => {
  await whenIdle();
  return { default: await loadCareerTimeline() };
});

/** On the server the code is loaded before rendering (see loadCareerTimeline): nothing suspends. */
function LoadedCareerTimeline(props: CareerTimelineProps) {
  const Timeline = loadedCareerTimeline() ?? LazyCareerTimeline;
  // Not created here: the loaded module's component, the same on every render.
  // eslint-disable-next-line react-hooks/static-components
  return <Timeline {...props} />;
}

const Timeline = import.meta.env.SSR ? LoadedCareerTimeline : LazyCareerTimeline;

/**
 * The career timeline, its code (d3 included) loaded once the browser is idle. The prerendered page
 * already shows the timeline, and its nodes are plain links, so nothing waits for it: React hydrates
 * the rest of the page first, and this part when its code arrives.
 */
export function DeferredCareerTimeline(props: CareerTimelineProps) {
  // Keyed by language: switching language before this part has hydrated replaces it, instead of
  // updating server HTML that is in the other language (a hydration mismatch).
  return (
    <Suspense
      key={props.language}
      fallback={<div id="timeline" className="career-timeline career-timeline--loading" />}
    >
      <Timeline {...props} />
    </Suspense>
  );
}
