#!/usr/bin/env node
// Serves a built site the way GitHub Pages does, so that `npm start` and the benchmarks see what visitors
// will: the exact file, else the folder's index.html, else 404.html with status 404, all under the base
// path, gzipped when the client accepts it. Node built-ins only.
//
//   node src/build/pages-server.mjs [--port 4173] [--dir dist] [--base /portfolio/]
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, posix, resolve, sep } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** The Content-Type of each extension the site ships; anything else is sent as bytes. */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Formats that are already compressed gain nothing from gzip. */
const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.xml',
  '.txt',
  '.json',
  '.map',
  '.webmanifest',
]);

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
  const site = await realpath(resolve(root));
  const basePath = normaliseBase(base);
  /** @type {Map<string, { mtimeMs: number; body: Buffer }>} */
  const gzipCache = new Map();

  const server = createServer((request, response) => {
    respond(request, response, { site, basePath, gzipCache }).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end('500 Internal Server Error\n');
    });
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, 'localhost', () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://localhost:${address.port}${basePath}`,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

/** `portfolio`, `/portfolio` and `/portfolio/` all mean the path `/portfolio/`. */
function normaliseBase(/** @type {string} */ base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ site: string; basePath: string; gzipCache: Map<string, { mtimeMs: number; body: Buffer }> }} context
 */
async function respond(request, response, { site, basePath, gzipCache }) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(request, response, 405, '405 Method Not Allowed');
  }

  const found = await resolveRequest(request.url ?? '/', site, basePath);
  if (found === 'outside') {
    // Another site's URL on Pages (the user site's, say), so not this site's 404 page.
    return sendText(request, response, 404, '404 Not Found');
  }
  if (!found) {
    const notFound = await findFile(resolve(site, '404.html'), site);
    if (notFound) return send(request, response, 404, notFound, gzipCache);
    return sendText(request, response, 404, '404 Not Found');
  }
  return send(request, response, 200, found, gzipCache);
}

/**
 * The file a URL names: the exact file, else the folder's index.html; null when there is none or when
 * the path would leave the site's folder, and `outside` when the URL is not under the base path.
 * @param {string} rawUrl
 * @param {string} site
 * @param {string} basePath
 * @returns {Promise<{ path: string; size: number; mtimeMs: number } | null | 'outside'>}
 */
async function resolveRequest(rawUrl, site, basePath) {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return 'outside';
  let pathname;
  try {
    pathname = posix.normalize(decodeURIComponent(rawPath));
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  // `/portfolio` is the folder `/portfolio/`, as `/zh/work/amazon` is `/zh/work/amazon/`.
  if (`${pathname}/` === basePath) pathname = basePath;
  if (!pathname.startsWith(basePath)) return 'outside';

  const target = resolve(site, `.${sep}${pathname.slice(basePath.length)}`);
  if (target !== site && !target.startsWith(site + sep)) return null;
  return (await findFile(target, site)) ?? (await findFile(resolve(target, 'index.html'), site));
}

/**
 * A regular file inside the site's folder (after following links), or null.
 * @param {string} path
 * @param {string} site
 * @returns {Promise<{ path: string; size: number; mtimeMs: number } | null>}
 */
async function findFile(path, site) {
  try {
    const real = await realpath(path);
    if (!real.startsWith(site + sep)) return null;
    const stats = await stat(real);
    return stats.isFile() ? { path: real, size: stats.size, mtimeMs: stats.mtimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {{ path: string; size: number; mtimeMs: number }} file
 * @param {Map<string, { mtimeMs: number; body: Buffer }>} gzipCache
 */
async function send(request, response, status, file, gzipCache) {
  const extension = extname(file.path).toLowerCase();
  const etag = `W/"${createHash('sha1').update(`${file.path}:${file.size}:${file.mtimeMs}`).digest('hex').slice(0, 16)}"`;
  /** @type {Record<string, string | number>} */
  const headers = {
    'Content-Type':
      contentTypes[/** @type {keyof typeof contentTypes} */ (extension)] ??
      'application/octet-stream',
    // What Pages sends: ten minutes, then revalidate.
    'Cache-Control': 'max-age=600',
    'Last-Modified': new Date(file.mtimeMs).toUTCString(),
    ETag: etag,
  };

  if (status === 200 && request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }

  let body = await readFile(file.path);
  if (compressible.has(extension)) {
    headers.Vary = 'Accept-Encoding';
    if (acceptsGzip(request.headers['accept-encoding'])) {
      const cached = gzipCache.get(file.path);
      if (cached?.mtimeMs === file.mtimeMs) body = cached.body;
      else {
        body = await gzipAsync(body);
        gzipCache.set(file.path, { mtimeMs: file.mtimeMs, body });
      }
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function sendText(request, response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(request.method === 'HEAD' ? undefined : `${text}\n`);
}

/**
 * Whether an Accept-Encoding header allows gzip (`gzip;q=0` refuses it).
 * @param {string | undefined} header
 */
function acceptsGzip(header) {
  if (!header) return false;
  return header.split(',').some((entry) => {
    const [coding = '', ...params] = entry.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
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
