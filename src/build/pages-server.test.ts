// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPagesServer, type PagesServer } from './pages-server.mjs';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw HTTP request: no URL normalisation and no transparent decompression, unlike fetch. */
function request(
  url: string,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const outgoing = httpRequest({ hostname, port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const files: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>home</title>',
  '404.html': '<!doctype html><title>not found</title>',
  'zh/index.html': '<!doctype html><title>zh</title>',
  'zh/work/amazon/index.html': '<!doctype html><title>amazon</title>',
  'assets/app.js': `export const app = '${'x'.repeat(2000)}';`,
  'assets/app.css': 'body { color: #1b1f24; }',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'og/zh.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'sitemap.xml': '<?xml version="1.0"?><urlset/>',
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'data.json': '{"ok":true}',
  'favicon.ico': Buffer.from([0, 0, 1, 0]),
  'site.webmanifest': '{"name":"site"}',
  'assets/font.woff2': Buffer.from('wOF2'),
};

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pages-server-'));
  await writeFile(join(folder, 'secret.txt'), 'outside the site');
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, 'site', name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  await mkdir(join(folder, 'bare/zh'), { recursive: true });
  await writeFile(join(folder, 'bare/zh/index.html'), 'zh');
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('at the root path', () => {
  let server: PagesServer;
  beforeAll(async () => {
    server = await startPagesServer({ root: join(folder, 'site'), port: 0, base: '/' });
  });
  afterAll(() => server.close());

  it('reports the URL it serves, base path included', () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  });

  it('serves a file that exists as it is', async () => {
    const reply = await request(server.url, '/assets/app.css');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(files['assets/app.css']);
  });

  it("serves a folder's index.html with and without the trailing slash", async () => {
    for (const path of ['/zh/work/amazon', '/zh/work/amazon/', '/zh/work/amazon/?from=timeline']) {
      const reply = await request(server.url, path);
      expect(reply.status, path).toBe(200);
      expect(reply.body.toString(), path).toContain('<title>amazon</title>');
    }
    expect((await request(server.url, '/')).body.toString()).toContain('<title>home</title>');
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const reply = await request(server.url, '/zh/work/nowhere/');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.toString()).toContain('<title>not found</title>');
  });

  it('never serves a file outside its folder, however the path is spelt', async () => {
    for (const path of [
      '/../secret.txt',
      '/zh/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/secret.txt%00.html',
    ]) {
      const reply = await request(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).not.toContain('outside the site');
    }
  });

  it('gzips text when the client accepts it, and only then', async () => {
    const zipped = await request(server.url, '/assets/app.js', {
      headers: { 'Accept-Encoding': 'br, gzip, deflate' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(200);
    expect(gunzipSync(zipped.body).toString()).toBe(files['assets/app.js']);

    const refusals: Record<string, string>[] = [{}, { 'Accept-Encoding': 'gzip;q=0, identity' }];
    for (const headers of refusals) {
      const plain = await request(server.url, '/assets/app.js', { headers });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(files['assets/app.js']);
    }

    const image = await request(server.url, '/og/zh.png', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(image.headers['content-encoding']).toBeUndefined();
  });

  it('gzips the 404 page too', async () => {
    const reply = await request(server.url, '/missing', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(reply.status).toBe(404);
    expect(gunzipSync(reply.body).toString()).toContain('<title>not found</title>');
  });

  it('labels every kind of file the site ships with its content type', async () => {
    const expected: Record<string, string> = {
      '/': 'text/html; charset=utf-8',
      '/assets/app.js': 'text/javascript; charset=utf-8',
      '/assets/app.css': 'text/css; charset=utf-8',
      '/favicon.svg': 'image/svg+xml',
      '/og/zh.png': 'image/png',
      '/sitemap.xml': 'application/xml',
      '/robots.txt': 'text/plain; charset=utf-8',
      '/data.json': 'application/json',
      '/favicon.ico': 'image/x-icon',
      '/site.webmanifest': 'application/manifest+json',
      '/assets/font.woff2': 'font/woff2',
    };
    for (const [path, type] of Object.entries(expected)) {
      expect((await request(server.url, path)).headers['content-type'], path).toBe(type);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request(server.url, '/assets/app.css');
    const head = await request(server.url, '/assets/app.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.body.length).toBe(0);
    expect((await request(server.url, '/missing', { method: 'HEAD' })).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await request(server.url, '/', { method: 'POST' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('answers a request that repeats the ETag with 304 Not Modified', async () => {
    const first = await request(server.url, '/robots.txt');
    const again = await request(server.url, '/robots.txt', {
      headers: { 'If-None-Match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('under a base path, as a project site', () => {
  let server: PagesServer;
  beforeAll(async () => {
    server = await startPagesServer({ root: join(folder, 'site'), port: 0, base: '/portfolio/' });
  });
  afterAll(() => server.close());

  it('serves the site under the base path', async () => {
    expect(server.url).toMatch(/\/portfolio\/$/);
    for (const path of ['/portfolio/', '/portfolio', '/portfolio/index.html']) {
      expect((await request(server.url, path)).body.toString(), path).toContain('home');
    }
    const page = await request(server.url, '/portfolio/zh/work/amazon');
    expect(page.body.toString()).toContain('<title>amazon</title>');
  });

  it("answers 404 outside the base path, without this site's 404 page", async () => {
    for (const path of ['/', '/zh/', '/assets/app.css', '/portfolio-old/', '/portfolio/../zh/']) {
      const reply = await request(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toBe('404 Not Found\n');
    }
  });

  it("answers a missing page under the base path with the site's 404 page", async () => {
    const reply = await request(server.url, '/portfolio/nowhere');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('<title>not found</title>');
  });
});

describe('a site without 404.html', () => {
  it('answers a missing page with a plain-text 404', async () => {
    const server = await startPagesServer({ root: join(folder, 'bare'), port: 0, base: '' });
    try {
      expect((await request(server.url, '/zh')).body.toString()).toBe('zh');
      const reply = await request(server.url, '/en/');
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body.toString()).toBe('404 Not Found\n');
    } finally {
      await server.close();
    }
  });

  it('rejects when the folder does not exist', async () => {
    await expect(startPagesServer({ root: join(folder, 'missing'), port: 0 })).rejects.toThrow(
      /ENOENT/,
    );
  });
});
