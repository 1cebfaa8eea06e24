import type { ComponentProps, ComponentType } from 'react';
import type { CareerTimeline } from './career-timeline';

export type CareerTimelineProps = ComponentProps<typeof CareerTimeline>;

let component: ComponentType<CareerTimelineProps> | null = null;

/**
 * The career timeline's code (d3 included), a chunk of its own, loaded once by whoever needs it
 * first: the prerenderer before it renders a page, the browser when it is idle.
 */
export const careerTimelineCode = {
  /** The component, if its code has loaded. */
  get loaded(): ComponentType<CareerTimelineProps> | null {
    return component;
  },
  async load(): Promise<ComponentType<CareerTimelineProps>> {
    component ??= (await import('./career-timeline')).CareerTimeline;
    return component;
  },
};
