// `npm run build` after the type check: the client build, the server bundle, the prerendered pages,
// then the résumé PDFs (when a Chromium is found), all into DIST_DIR (default dist/). SITE_URL (and
// optionally BASE_PATH) set where the site is published; see vite.config.ts.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { findChromium } from '../../tests/support/find-chromium.mjs';
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
