import type { MouseEvent } from 'react';

/**
 * Whether a click on a link is a plain one, which the page follows itself: not one that opens a
 * new tab or window (a modifier key, another button), which the browser does with any link.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);
}
