import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Waits until the page has hydrated, which it does after its load event: its links are then the
 * router's, and following one is a client-side navigation. Before that a link loads a new
 * document, as plain HTML does. The theme control is the sign: it is disabled until then.
 */
export async function pageIsLive(page: Page) {
  await expect(page.locator('.theme-switcher select')).toBeEnabled();
}
