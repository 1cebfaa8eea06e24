// `npm run build` after the type check: the client build (with the link-preview images that are
// current, see og-card.mjs), the server bundle, the prerendered pages, then the résumé PDFs (when a
// Chromium is found), all into DIST_DIR (default dist/). SITE_URL (and optionally BASE_PATH) set where
// the site is published; see vite.config.ts.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { findChromium } from '../../tests/support/find-chromium.mjs';
import { readContentLanguages } from '../content/content-languages.ts';
import { cardFileName, currentOgImages, ogDir } from './og-card.mjs';
import { prerender } from './prerender.mjs';
import { renderResumePdfs } from './render-resume-pdfs.mjs';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const serverDir = join(distDir, '.server');

// The PDFs are printed by a real browser. Without one the site is built without them, and the
// résumé pages offer no PDF link rather than a dead one; REQUIRE_RESUME_PDF=1 makes that an error.
const chromium = findChromium();
if (!chromium) {
  const message =
    'No Chromium found (set CHROME_PATH to a Chrome or Chromium binary, or on Debian: apt-get install -y chromium): building the site without the résumé PDFs.';
  if (process.env.REQUIRE_RESUME_PDF === '1') {
    console.error(`${message}\nREQUIRE_RESUME_PDF=1: the PDFs are required, so this is a failure.`);
    process.exit(1);
  }
  console.warn(message);
}

await build({ build: { outDir: distDir, emptyOutDir: true } });
publishCurrentOgImages();
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: serverDir, emptyOutDir: true, manifest: false },
});
try {
  const serverEntry = join(serverDir, 'entry-server.js');
  await prerender({ distDir, serverEntry, resumePdf: Boolean(chromium) });
  if (chromium) await renderResumePdfs({ distDir, serverEntry, executablePath: chromium });
} finally {
  rmSync(serverDir, { recursive: true, force: true });
}

/**
 * Keeps in the site only the link-preview images drawn from the résumés as they are now (the pages
 * link no other, see og-card.mjs), with no record of what they show, and says which are missing.
 */
function publishCurrentOgImages() {
  const contentDir = 'src/content';
  const { languages } = readContentLanguages(contentDir);
  const current = new Set(currentOgImages(contentDir, ogDir, languages));
  const published = join(distDir, 'og');
  const keep = new Set([...current].map((language) => `${language}.png`));
  for (const file of existsSync(published) ? readdirSync(published) : []) {
    if (!keep.has(file)) rmSync(join(published, file));
  }
  const missing = languages.filter((language) => !current.has(language));
  if (missing.length > 0) {
    const files = missing.map((language) => `${ogDir}/${language}.png`).join(', ');
    console.warn(
      `No link-preview image drawn from the résumé as it is now for ${files} (missing, or ` +
        `drawn from another or an older résumé, see ${ogDir}/${cardFileName('<language>')}): ` +
        'those pages are shared without one. Run `npm run og-images` to draw them.',
    );
  }
}
