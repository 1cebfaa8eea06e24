#!/usr/bin/env node
// Serves a built site the way GitHub Pages does, so that `npm start`, the browser tests and the
// benchmarks see what visitors will: the exact file; a folder's index.html, after a 301 to the slash
// URL when the slash is missing; else 404.html with status 404; nothing outside the base path; gzip.
// Express's static middleware (serve-static) does the file serving; this file only configures it.
//
//   node src/build/pages-server.mjs [--port 4173] [--dir dist] [--base /portfolio/]
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import compression from 'compression';
import express from 'express';

/** What Pages sends: ten minutes, then revalidate. */
const maxAgeMs = 600_000;

/**
 * @typedef {object} PagesServerOptions
 * @property {string} [root] the folder to serve (default `dist`)
 * @property {number} [port] the port to listen on; 0 picks a free one (default 4173)
 * @property {string} [base] the path the site lives under, as on Pages (default `$BASE_PATH` or `/`)
 */

/**
 * Starts a static server with GitHub Pages semantics over `root`.
 * @param {PagesServerOptions} [options]
 * @returns {Promise<{ url: string; close(): Promise<void> }>}
 */
export async function startPagesServer({
  root = 'dist',
  port = 4173,
  base = process.env.BASE_PATH ?? '/',
} = {}) {
  const site = resolve(root);
  if (!(await stat(site)).isDirectory()) throw new Error(`${root} is not a folder`);
  const basePath = normaliseBase(base);

  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.use(basePath, express.static(site, { maxAge: maxAgeMs, redirect: true }));
  app.use(basePath, (_request, response) => {
    response.status(404).sendFile('404.html', { root: site, maxAge: maxAgeMs }, (error) => {
      // A site without a 404 page, or a URL that is not a page to serve.
      if (error && !response.headersSent) response.type('text/plain').send('404 Not Found\n');
    });
  });
  // Another site's URL on Pages (the user site's, say), so not this site's 404 page.
  app.use((_request, response) => response.status(404).type('text/plain').send('404 Not Found\n'));

  const server = await new Promise((resolveListen, rejectListen) => {
    const listening = app.listen(port, 'localhost', (error) =>
      error ? rejectListen(error) : resolveListen(listening),
    );
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://localhost:${address.port}${basePath}`,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.close((/** @type {Error | undefined} */ error) =>
          error ? rejectClose(error) : resolveClose(undefined),
        );
        server.closeAllConnections();
      }),
  };
}

/** `portfolio`, `/portfolio` and `/portfolio/` all mean the path `/portfolio/`. */
function normaliseBase(/** @type {string} */ base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, dir: { type: 'string' }, base: { type: 'string' } },
  });
  const port = values.port === undefined ? 4173 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: expected a port number, got "${values.port}"`);
    process.exit(1);
  }
  const root = values.dir ?? 'dist';
  try {
    const server = await startPagesServer({ root, port, base: values.base });
    console.log(`Serving ${root}/ as GitHub Pages would, at ${server.url}`);
    const stop = () => server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === 'ENOENT') console.error(`No ${root}/ to serve: run \`npm run build\` first.`);
    else if (code === 'EADDRINUSE') console.error(`Port ${port} is in use: pass --port N.`);
    else console.error(error);
    process.exit(1);
  }
}
