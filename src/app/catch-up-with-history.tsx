import { useEffect, useRef } from 'react';
import { useHref, useLocation } from 'react-router';

/**
 * The router listens to Back and Forward only once the page has hydrated; a visitor who pressed
 * one while it hydrated changed the address, and the page would stay as it was. Once the router
 * listens, this moves it to the address, as that Back or Forward would have.
 */
export function CatchUpWithHistory() {
  const location = useLocation();
  const rendered = useRef(useHref(location));
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (pathname + search + hash !== rendered.current) {
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    }
  }, []);
  return null;
}
