/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site's public URL, ending in `/`; set from SITE_URL by vite.config.ts. */
  readonly VITE_SITE_URL: string;
  /** The languages whose link-preview image is current; set by vite.config.ts (og-card.mjs). */
  readonly VITE_OG_IMAGE_LANGUAGES: readonly string[];
}
