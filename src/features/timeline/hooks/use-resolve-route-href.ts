import { useCallback } from 'react';
import { useHref } from 'react-router';

/**
 * Turns absolute app paths into link hrefs, as react-router's `useHref` does (the router's basename in
 * front), with one hook call for any number of links: a thousand marks need not each call the router.
 */
export function useResolveRouteHref(): (path: string) => string {
  const root = useHref('/');
  return useCallback((path: string) => `${root}/${path}`.replace(/\/\/+/g, '/'), [root]);
}
