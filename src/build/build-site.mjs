// `npm run build` after the type check: the client build, the server bundle, then the prerendered
// pages, all into DIST_DIR (default dist/). SITE_URL (and optionally BASE_PATH) set where the site is
// published; see vite.config.ts.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { prerender } from './prerender.mjs';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const serverDir = join(distDir, '.server');

await build({ build: { outDir: distDir, emptyOutDir: true } });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: serverDir, emptyOutDir: true, manifest: false },
});
try {
  await prerender({ distDir, serverEntry: join(serverDir, 'entry-server.js') });
} finally {
  rmSync(serverDir, { recursive: true, force: true });
}
