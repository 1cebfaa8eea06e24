import type { Page } from '@playwright/test';

export interface HeldRequests {
  /** Resolves when the page first asks for a matching file. */
  requested: Promise<unknown>;
  /** Lets every held request, and any later one, go through. */
  release(): void;
}

/**
 * Holds the page's requests for files matching `pattern` until `release()`: a slow network for one
 * chunk, to put the page in the state it is in while that chunk is on its way.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<HeldRequests> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested = page.waitForRequest(pattern);
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return { requested, release };
}
