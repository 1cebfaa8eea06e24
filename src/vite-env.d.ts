/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site's public URL, ending in `/`; set from SITE_URL by vite.config.ts. */
  readonly VITE_SITE_URL: string;
}
