import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import type { CareerTimeline as CareerTimelineComponent } from './career-timeline';

type CareerTimelineProps = ComponentProps<typeof CareerTimelineComponent>;

let loaded: ComponentType<CareerTimelineProps> | null = null;

/** Loads the timeline's code; the prerenderer awaits this, so the page renders it in full. */
export async function loadCareerTimeline(): Promise<ComponentType<CareerTimelineProps>> {
  loaded ??= (await import('./career-timeline')).CareerTimeline;
  return loaded;
}

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

/** On the server the code is already loaded (see loadCareerTimeline), so nothing suspends there. */
function LoadedCareerTimeline(props: CareerTimelineProps) {
  const Timeline = loaded ?? LazyCareerTimeline;
  return <Timeline {...props} />;
}

const Timeline = import.meta.env.SSR ? LoadedCareerTimeline : LazyCareerTimeline;

/**
 * The career timeline, its code (d3 included) loaded once the browser is idle. The prerendered page
 * already shows the timeline, and its nodes are plain links, so nothing waits for it: React hydrates
 * the rest of the page first, and this part when its code arrives.
 */
export function DeferredCareerTimeline(props: CareerTimelineProps) {
  return (
    <Suspense fallback={<div className="career-timeline career-timeline--loading" />}>
      <Timeline {...props} />
    </Suspense>
  );
}
