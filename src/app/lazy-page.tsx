import { use, type ComponentType } from 'react';
import { tracked } from '../components/tracked-promise';

/** A page whose code is a chunk of its own, loaded when the page is first shown. */
export interface LazyPage {
  Component: ComponentType;
  /** Loads the page's code ahead, so that a page hydrated or rendered with it never waits. */
  preload: () => Promise<unknown>;
}

/**
 * A page whose module `load` imports, once (a load that failed stays failed: the page says so, and
 * reloading tries again). Unlike React.lazy, a page whose code is loaded renders at once, so that
 * hydration does not wait on code that is already there.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<ComponentType> | undefined;
  const preload = () => (loading ??= tracked(load()));
  function Component() {
    const Page = use(preload());
    return <Page />;
  }
  return { Component, preload };
}
