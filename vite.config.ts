/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { keepPhoneOffClientPlugin } from './src/content/keep-phone-off-client-plugin.ts';
import { resumeExportPlugin } from './src/content/resume-export-plugin.ts';
import { validateResumePlugin } from './src/content/validate-resume-plugin.ts';

/**
 * Where the site is published, one setting: SITE_URL, e.g. https://lewiszlw.github.io/portfolio/.
 * Its path is the base path (BASE_PATH may override it). Locally it is the preview server.
 */
const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:4173/');
if (!siteUrl.pathname.endsWith('/')) siteUrl.pathname += '/';
const base = process.env.BASE_PATH ?? siteUrl.pathname;

export default defineConfig({
  base,
  plugins: [
    validateResumePlugin(),
    keepPhoneOffClientPlugin(),
    resumeExportPlugin({ siteUrl: siteUrl.href }),
    react(),
  ],
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrl.href),
  },
  build: {
    // The prerenderer reads the manifest to link each page to its scripts and styles.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Room for the waits in src/test/setup.ts on a busy machine.
    testTimeout: 30_000,
  },
});
