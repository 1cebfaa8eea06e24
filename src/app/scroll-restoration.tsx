import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const storageKey = 'scroll-positions';

/** The scroll positions saved in this tab, by history entry; storage can be unavailable. */
function readPositions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(storageKey) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

function savePositions(positions: Record<string, number>) {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(positions));
  } catch {
    // Without storage, a page reloaded or come back to from another site starts at its top.
  }
}

/** Whether the document was reloaded, or reached with Back or Forward, rather than opened anew. */
function isReturn(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.type === 'reload' || navigation?.type === 'back_forward';
}

/**
 * Scrolls as a visitor expects of pages: a new page starts at its top (or at the element its
 * address's fragment names), Back and Forward return to where the visitor was, also across a
 * reload. A change of query string alone (the timeline's view) keeps the place.
 */
export function ScrollRestoration() {
  const location = useLocation();
  const { pathname, hash } = location;
  // The router keys the entry a document was loaded into "default": told apart by its page.
  const key = location.key === 'default' ? `default ${pathname}` : location.key;
  const navigationType = useNavigationType();
  const positions = useRef<Record<string, number> | null>(null);
  const shownKey = useRef(key);
  const shownPathname = useRef<string | null>(null);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    const saved = (positions.current ??= readPositions());
    const remember = () => {
      saved[shownKey.current] = window.scrollY;
    };
    const save = () => {
      remember();
      savePositions(saved);
    };
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', save);
      window.history.scrollRestoration = 'auto';
    };
  }, []);

  useLayoutEffect(() => {
    positions.current ??= readPositions();
    const previousPathname = shownPathname.current;
    shownKey.current = key;
    shownPathname.current = pathname;
    const saved = positions.current[key];
    if (previousPathname === null) {
      // The page the document was loaded with: back where it was, when reloaded or come back to.
      if (saved !== undefined && isReturn()) window.scrollTo(0, saved);
    } else if (navigationType === 'POP' && saved !== undefined) {
      window.scrollTo(0, saved);
    } else if (pathname !== previousPathname) {
      const target = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
      if (target) target.scrollIntoView();
      else window.scrollTo(0, 0);
    }
  }, [key, pathname, hash, navigationType]);

  return null;
}
