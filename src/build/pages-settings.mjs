#!/usr/bin/env node
// Where a GitHub Pages build publishes the site: its public URL (SITE_URL) and the path it is served
// under (BASE_PATH), from what actions/configure-pages reports for the repository, which is right
// for a user site (<user>.github.io, at /), a project site (/<repo>/) and a custom domain alike. The
// repository variables SITE_URL and BASE_PATH, when set, win.
//
//   PAGES_BASE_URL=… PAGES_BASE_PATH=… [SITE_URL=…] [BASE_PATH=…] node src/build/pages-settings.mjs
//
// prints `SITE_URL=…` and `BASE_PATH=…` lines, for the workflow to append to $GITHUB_ENV.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {object} PagesReport
 * @property {string} [baseUrl] configure-pages' `base_url`, e.g. `https://octocat.github.io/my-repo`
 * @property {string} [basePath] configure-pages' `base_path`, e.g. `/my-repo`, or `` at the root
 * @property {string} [siteUrl] the SITE_URL override; empty or missing when not set
 * @property {string} [basePathOverride] the BASE_PATH override; empty or missing when not set
 */

/**
 * The build's SITE_URL (ending in `/`) and BASE_PATH (starting and ending in `/`) for Pages.
 * @param {PagesReport} report
 * @returns {{ SITE_URL: string; BASE_PATH: string }}
 */
export function pagesBuildSettings({ baseUrl, basePath, siteUrl, basePathOverride }) {
  const siteOverride = siteUrl?.trim();
  const pathOverride = basePathOverride?.trim();
  const reported = baseUrl?.trim();
  if (!siteOverride && !reported) {
    throw new Error(
      'actions/configure-pages reported no base_url and the repository variable SITE_URL is not set: ' +
        'set Settings → Pages → Build and deployment → Source to "GitHub Actions", or set SITE_URL.',
    );
  }
  const site = parseSiteUrl(
    siteOverride || reported,
    siteOverride ? 'the repository variable SITE_URL' : "configure-pages' base_url",
  );
  // An overridden SITE_URL brings its own path; Pages' base_path describes Pages' own address.
  const path = pathOverride || (siteOverride ? site.pathname : basePath?.trim() || '/');
  return { SITE_URL: site.href, BASE_PATH: normaliseBasePath(path, Boolean(pathOverride)) };
}

/** An absolute http(s) URL whose path ends in `/`, or an error naming where the value came from. */
function parseSiteUrl(value, source) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `${source} must be the site's public address, an absolute http(s) URL such as ` +
        `https://<user>.github.io/<repo>/; got "${value}".`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** A base path with one `/` at each end (`/`, `/portfolio/`), or an error for an override that is no path. */
function normaliseBasePath(path, isOverride) {
  if (!path.startsWith('/')) {
    throw new Error(
      `${isOverride ? 'The repository variable BASE_PATH' : "configure-pages' base_path"} must be a ` +
        `path starting with "/", such as / or /<repo>/; got "${path}".`,
    );
  }
  return path.endsWith('/') ? path : `${path}/`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const settings = pagesBuildSettings({
      baseUrl: process.env.PAGES_BASE_URL,
      basePath: process.env.PAGES_BASE_PATH,
      siteUrl: process.env.SITE_URL,
      basePathOverride: process.env.BASE_PATH,
    });
    console.error(`Building for ${settings.SITE_URL}, served under ${settings.BASE_PATH}`);
    for (const [name, value] of Object.entries(settings)) console.log(`${name}=${value}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
