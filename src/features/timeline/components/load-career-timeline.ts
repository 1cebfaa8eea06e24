import type { ComponentProps, ComponentType } from 'react';
import type { CareerTimeline } from './career-timeline';

export type CareerTimelineProps = ComponentProps<typeof CareerTimeline>;

let loaded: ComponentType<CareerTimelineProps> | null = null;

/** Loads the timeline's code (once); the prerenderer awaits it so that pages render it in full. */
export async function loadCareerTimeline(): Promise<ComponentType<CareerTimelineProps>> {
  loaded ??= (await import('./career-timeline')).CareerTimeline;
  return loaded;
}

/** The timeline component if its code has loaded, else null. */
export function loadedCareerTimeline(): ComponentType<CareerTimelineProps> | null {
  return loaded;
}
