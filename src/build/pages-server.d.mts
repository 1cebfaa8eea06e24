export interface PagesServerOptions {
  /** The folder to serve (default `dist`). */
  root?: string;
  /** The port to listen on; 0 picks a free one (default 4173). */
  port?: number;
  /** The path the site lives under, as on Pages (default `$BASE_PATH`, else `/`). */
  base?: string;
}

export interface PagesServer {
  /** The site's root URL, base path included, e.g. `http://localhost:4173/portfolio/`. */
  url: string;
  close(): Promise<void>;
}

/** Starts a static server with GitHub Pages semantics over `root`. */
export function startPagesServer(options?: PagesServerOptions): Promise<PagesServer>;
