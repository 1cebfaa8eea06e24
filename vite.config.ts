/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileChunksEagerly } from './src/build/compile-hint.ts';
import { currentOgImages, ogDir } from './src/build/og-card.mjs';
import { resumeModulePlugin } from './src/content/resume-module-plugin.ts';
import { resumeExportPlugin } from './src/content/resume-export-plugin.ts';
import { readContentLanguages } from './src/content/content-languages.ts';
import { siteIconPlugin } from './src/content/site-icon-plugin.ts';
import { siteLanguageConstants, siteLanguagesPlugin } from './src/content/site-languages-plugin.ts';
import { validateResumePlugin } from './src/content/validate-resume-plugin.ts';

/**
 * Where the site is published, one setting: SITE_URL, e.g. https://lewiszlw.github.io/portfolio/.
 * Its path is the base path (BASE_PATH may override it). Locally it is the preview server.
 */
const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:4173/');
if (!siteUrl.pathname.endsWith('/')) siteUrl.pathname += '/';
const base = process.env.BASE_PATH ?? siteUrl.pathname;

/** The site's languages: those of the résumé files in src/content/. */
const contentLanguages = readContentLanguages('src/content');

/**
 * The languages whose link-preview image (public/og/) shows their résumé as it is now: pages link
 * only those, so a site built from another résumé never shows the owner's card (og-card.mjs).
 */
const ogImageLanguages = currentOgImages('src/content', ogDir, contentLanguages.languages);

/** Packages the bundler spreads over whichever chunk first needs them, so they name no chunk. */
const foundationPackages = new Set(['react', 'react-dom', 'scheduler', 'use-sync-external-store']);

/** React, React Router and i18next: what the app needs to hydrate any page. */
const frameworkModules =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|use-sync-external-store|cookie|set-cookie-parser|html-parse-stringify|void-elements)[\\/]/;

/**
 * A shared chunk is named after the packages it holds (`react-router-*.js`), or `shared-*.js` when
 * it holds only the site's own code, never after whichever module the bundler met first
 * (`preload-helper-*.js`). A lazily loaded chunk keeps the name of the module it loads
 * (`career-timeline-*.js`; `resume.zh-*.js` for `virtual:resume/zh`).
 */
function nameChunkByContents(chunk: {
  name: string;
  moduleIds: string[];
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
}) {
  const resume = /^\0virtual:resume\/([\w-]+)$/.exec(chunk.facadeModuleId ?? '');
  if (resume) return `assets/resume.${resume[1]}-[hash].js`;
  const packages = new Set(
    chunk.moduleIds
      .map((id) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1])
      .filter((name): name is string => name !== undefined && !foundationPackages.has(name)),
  );
  const name = chunk.isDynamicEntry
    ? chunk.name
    : packages.size === 0
      ? 'shared' // the site's own code that several lazily loaded pages share
      : [...packages].sort().join('+').replaceAll('@', '').replaceAll('/', '-');
  return `assets/${name}-[hash].js`;
}

export default defineConfig({
  base,
  plugins: [
    siteLanguagesPlugin(contentLanguages),
    validateResumePlugin(),
    resumeModulePlugin(),
    resumeExportPlugin({ siteUrl: siteUrl.href }),
    siteIconPlugin(),
    react(),
    compileChunksEagerly(),
  ],
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrl.href),
    'import.meta.env.VITE_OG_IMAGE_LANGUAGES': JSON.stringify(ogImageLanguages),
    ...siteLanguageConstants(contentLanguages),
  },
  build: {
    // The prerenderer reads the manifest to link each page to its scripts and styles.
    manifest: true,
    // No modulepreload polyfill in the entry (279 bytes gzipped): every current browser has
    // modulepreload (Chrome 66, Firefox 115, Safari 17), and in an older one the modules still
    // load, each when it is imported.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        chunkFileNames: nameChunkByContents,
        // The libraries every page hydrates with, in one chunk that every later page takes from the
        // cache, rather than spread over whichever lazily loaded chunks share them.
        // The site's own modules that more than one chunk needs, in one chunk rather than many.
        codeSplitting: {
          groups: [
            { name: 'framework', test: frameworkModules },
            { name: 'shared', test: /[\\/]src[\\/]/, minShareCount: 2 },
            // Vite's loader for lazy chunks, which the small entry needs before anything else.
            { name: 'preload-helper', test: /preload-helper/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    // Content and layout tests need no DOM; component tests say `@vitest-environment jsdom`.
    environment: 'node',
    // Vitest takes one worker on two cores; three keep both busy (73 s → about 50 s here).
    maxWorkers: 3,
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Room for the 10 s waits of src/test/setup.ts on a busy machine.
    testTimeout: 30_000,
  },
});
