// The last step of `npm run build` (build-site.mjs): writes every page of both languages as static
// HTML, rendered by React with the server bundle (src/entry-server.tsx), plus 404.html, the root
// page, sitemap.xml, robots.txt and .nojekyll (GitHub Pages must not run Jekyll over the output).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Prerenders the site into `distDir`, a finished client build (with its Vite manifest), using the
 * server bundle at `serverEntry`. With `resumePdf`, the résumé pages link to the PDFs that
 * render-resume-pdfs.mjs makes of them next.
 * @param {{ distDir: string, serverEntry: string, resumePdf?: boolean }} options
 */
export async function prerender({ distDir: dist, serverEntry, resumePdf = false }) {
  const {
    basePath,
    homeRouteId,
    pagePaths,
    renderPage,
    routeIdsFor,
    siteUrl,
    startScript,
    themeScript,
  } = await import(pathToFileURL(serverEntry).href);

  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = manifest['index.html'];

  const css = (entry.css ?? []).map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
  const sha256 = (text) => createHash('sha256').update(text).digest('base64');
  const cssHash = sha256(css);
  const themeScriptHash = sha256(themeScript);
  const startScriptHash = sha256(startScript(basePath + entry.file));

  /**
   * A manifest chunk's file and those of every chunk it statically imports, in the order they
   * evaluate: each chunk after the chunks it imports.
   */
  const chunkFiles = (key, seen = new Set()) => {
    if (seen.has(key) || !manifest[key]) return [];
    seen.add(key);
    return [
      ...(manifest[key].imports ?? []).flatMap((k) => chunkFiles(k, seen)),
      manifest[key].file,
    ];
  };
  const app = 'src/app/start-app.tsx';
  /** The career timeline's code, which the home page loads once it has hydrated. */
  const timeline = 'src/features/timeline/components/career-timeline.tsx';
  const lazyModules = [...(entry.dynamicImports ?? []), ...(manifest[app]?.dynamicImports ?? [])];

  /**
   * The entry, the styles (inlined), and the modules the page starts with, which the entry fetches
   * side by side once the page has loaded and then evaluates one by one (src/main.tsx): the app, the
   * language's interface strings and résumé and, on a detail page, that route's code, each after
   * the modules it imports. Nothing is preloaded before that: the page works without its scripts.
   * On a home page, also the timeline's code, which the entry fetches once it has run those.
   */
  const assetsFor = (path) => {
    const language = path.split('/')[1];
    // The code of the lazily loaded routes that show the page: the chunks named after their ids.
    const routeIds = routeIdsFor(path);
    const routeModules = lazyModules.filter((key) => {
      const name = key.split('/').at(-1) ?? '';
      return routeIds.some((id) => name.startsWith(`${id}.`) || name.startsWith(`${id}-`));
    });
    const modules = new Set(
      [app, `src/i18n/locales/${language}.json`, `virtual:resume/${language}`, ...routeModules]
        .flatMap((key) => chunkFiles(key))
        .filter((file) => file !== entry.file),
    );
    // Fetched while the page hydrates, rather than once the page is idle (a round trip later): on
    // a throttled phone (npm run bench:load) the timeline then worked 376–392 ms after the rest of
    // the page had hydrated, instead of 734–765 ms.
    const laterModules = routeIds.includes(homeRouteId)
      ? chunkFiles(timeline).filter((file) => file !== entry.file && !modules.has(file))
      : [];
    return {
      script: basePath + entry.file,
      css,
      cssHash,
      themeScriptHash,
      startScriptHash,
      modules: [...modules].map((file) => basePath + file),
      laterModules: laterModules.map((file) => basePath + file),
    };
  };

  function write(path, content) {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  const pages = await pagePaths();
  for (const path of pages) {
    const { status, html } = await renderPage(path, assetsFor(path), { resumePdf });
    if (status !== 200) throw new Error(`${path} rendered with status ${status}`);
    write(join(path, 'index.html'), html);
  }

  // The root shows the default language's home page; the client sends visitors on to theirs.
  write('index.html', (await renderPage(pages[0], assetsFor(pages[0]))).html);
  // Served by the host for every unknown URL; the browser renders the right language there. It is
  // rendered at a path no page has, in the language of the first page: the site's default.
  const notFoundPath = `${pages[0]}404/`;
  const notFound = await renderPage(notFoundPath, assetsFor(notFoundPath), { hydrate: false });
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
  // Every page carries the styles inline; no page links the stylesheet file.
  for (const file of entry.css ?? []) rmSync(join(dist, file));
  rmSync(join(dist, '.vite'), { recursive: true, force: true });

  console.log(`Prerendered ${pages.length} pages, 404.html and the root page for ${siteUrl}`);
}
