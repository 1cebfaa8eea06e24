/**
 * The builds the browser tests run against, and where they are served: the site at the root, and
 * the same site built for a sub-path, as a GitHub Pages project site is. tests/run.mjs builds both,
 * each with SITE_URL set to the URL below.
 */
const rootPort = Number(process.env.E2E_PORT ?? 4173);
const subPathPort = rootPort + 1;

export const siteServers = {
  root: {
    port: rootPort,
    dir: process.env.E2E_DIST ?? 'dist',
    base: '/',
    url: `http://localhost:${rootPort}/`,
  },
  subPath: {
    port: subPathPort,
    dir: process.env.E2E_SUBPATH_DIST ?? 'dist-subpath',
    base: '/portfolio/',
    url: `http://localhost:${subPathPort}/portfolio/`,
  },
};
