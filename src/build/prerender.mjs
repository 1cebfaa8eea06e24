// The last step of `npm run build` (build-site.mjs): writes every page of both languages as static
// HTML, rendered by React with the server bundle (src/entry-server.tsx), plus 404.html, the root
// page, sitemap.xml, robots.txt and .nojekyll (GitHub Pages must not run Jekyll over the output).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Prerenders the site into `distDir`, a finished client build (with its Vite manifest), using the
 * server bundle at `serverEntry`.
 * @param {{ distDir: string, serverEntry: string }} options
 */
export async function prerender({ distDir: dist, serverEntry }) {
  const { basePath, pagePaths, renderPage, siteUrl } = await import(
    pathToFileURL(serverEntry).href
  );

  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = manifest['index.html'];
  const assets = {
    script: basePath + entry.file,
    styles: (entry.css ?? []).map((file) => basePath + file),
    preloads: (entry.imports ?? []).map((key) => basePath + manifest[key].file),
  };

  function write(path, content) {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  const pages = await pagePaths();
  for (const path of pages) {
    const { status, html } = await renderPage(path, assets);
    if (status !== 200) throw new Error(`${path} rendered with status ${status}`);
    write(join(path, 'index.html'), html);
  }

  // The root shows the default language's home page; the client sends visitors on to theirs.
  write('index.html', (await renderPage(pages[0], assets)).html);
  // Served by the host for every unknown URL; the browser renders the right language there.
  const notFound = await renderPage('/zh/404/', assets, { hydrate: false });
  if (notFound.status !== 404)
    throw new Error(`the not-found page rendered with status ${notFound.status}`);
  write('404.html', notFound.html);

  const absolute = (path) => new URL(path.replace(/^\//, ''), siteUrl).href;
  const urls = pages.map((path) => `  <url><loc>${absolute(path)}</loc></url>`);
  write(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  );
  write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`);
  write('.nojekyll', '');
  rmSync(join(dist, '.vite'), { recursive: true, force: true });

  console.log(`Prerendered ${pages.length} pages, 404.html and the root page for ${siteUrl}`);
}
