export interface PagesReport {
  /** configure-pages' `base_url`, e.g. `https://octocat.github.io/my-repo`. */
  baseUrl?: string;
  /** configure-pages' `base_path`, e.g. `/my-repo`, or `` at the root. */
  basePath?: string;
  /** The SITE_URL override; empty or missing when not set. */
  siteUrl?: string;
  /** The BASE_PATH override; empty or missing when not set. */
  basePathOverride?: string;
}

/** The build's SITE_URL (ending in `/`) and BASE_PATH (starting and ending in `/`) for Pages. */
export function pagesBuildSettings(report: PagesReport): { SITE_URL: string; BASE_PATH: string };
