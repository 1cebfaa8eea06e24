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

  it('serves a file that exists as it is, with its content type', async () => {
    const reply = await request(server.url, '/assets/app.css');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(reply.body.toString()).toBe(files['assets/app.css']);
  });

  it("serves a folder's index.html at the slash URL", async () => {
    for (const path of ['/', '/zh/work/amazon/', '/zh/work/amazon/?from=timeline']) {
      const reply = await request(server.url, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
    }
    const amazon = await request(server.url, '/zh/work/amazon/');
    expect(amazon.body.toString()).toContain('<title>amazon</title>');
  });

  it('redirects a folder without its trailing slash to the slash URL, as Pages does', async () => {
    const reply = await request(server.url, '/zh/work/amazon?from=timeline');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/zh/work/amazon/?from=timeline');
  });

  it('answers a missing page with 404.html and status 404', async () => {
    for (const path of ['/zh/work/nowhere/', '/missing.js']) {
      const reply = await request(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(reply.body.toString(), path).toContain('<title>not found</title>');
    }
  });

  it('never serves a file outside its folder, however the path is spelt', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await request(server.url, path);
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.body.toString(), path).not.toContain('outside the site');
    }
  });

  it('gzips text when the client accepts it, the 404 page included', async () => {
    const zipped = await request(server.url, '/assets/app.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe(files['assets/app.js']);

    const plain = await request(server.url, '/assets/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(files['assets/app.js']);

    const notFound = await request(server.url, `/missing-${'x'.repeat(10)}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(notFound.status).toBe(404);
  });

  it('lets a browser revalidate for ten minutes, as Pages does', async () => {
    const first = await request(server.url, '/assets/app.css');
    expect(first.headers['cache-control']).toBe('public, max-age=600');
    const again = await request(server.url, '/assets/app.css', {
      headers: { 'If-None-Match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
  });
});

describe('under a base path, as a project site', () => {
  let server: PagesServer;
  beforeAll(async () => {
    server = await startPagesServer({ root: join(folder, 'site'), port: 0, base: '/portfolio/' });
  });
  afterAll(() => server.close());

  it('serves the site under the base path, and redirects the bare base path', async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/portfolio\/$/);
    expect((await request(server.url, '/portfolio/')).body.toString()).toContain('home');
    const bare = await request(server.url, '/portfolio');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/portfolio/');
    const page = await request(server.url, '/portfolio/zh/work/amazon/');
    expect(page.body.toString()).toContain('<title>amazon</title>');
  });

  it("answers 404 outside the base path, without this site's 404 page", async () => {
    for (const path of ['/', '/zh/', '/assets/app.css', '/portfolio-old/']) {
      const reply = await request(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toBe('404 Not Found\n');
    }
  });

  it("answers a missing page under the base path with the site's 404 page", async () => {
    const reply = await request(server.url, '/portfolio/nowhere/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('<title>not found</title>');
  });
});

describe('a site without 404.html', () => {
  it('answers a missing page with a plain-text 404', async () => {
    const server = await startPagesServer({ root: join(folder, 'bare'), port: 0, base: '' });
    try {
      expect((await request(server.url, '/zh/')).body.toString()).toBe('zh');
      const reply = await request(server.url, '/en/');
      expect(reply.status).toBe(404);
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
