/**
 * Where the site is published: one setting, SITE_URL at build time (see vite.config.ts), e.g.
 * `https://lewiszlw.github.io/portfolio/`. Its path is the base path every URL is served under.
 */
export const siteUrl: string = import.meta.env.VITE_SITE_URL;

/** The absolute URL of a site path (one from `paths`), for canonical links, hreflang and sharing. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/**
 * A site path (one from `paths`) under the base path the site is served from, for plain `<a>` links
 * to files, which the router does not resolve.
 */
export function withBase(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}
