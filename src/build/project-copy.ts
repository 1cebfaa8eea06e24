import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

/** What a build needs of the project: its sources and configuration, not its tests or output. */
const buildInputs = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
  'src',
  'public',
  'tests/support',
];

/**
 * For the build tests: a throwaway copy of the project in a temporary folder, sharing its node_modules, for a test that
 * builds the site from other content. `withoutContent` leaves no résumé in src/content/, as a fork
 * that drops in its own files starts.
 */
export function copyProject({ withoutContent = false } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), 'portfolio-copy-'));
  for (const entry of buildInputs) {
    cpSync(join(project, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
  if (withoutContent) {
    const contentDir = join(copy, 'src/content');
    for (const file of readdirSync(contentDir).filter((name) => /^resume\..+\.json$/.test(name))) {
      rmSync(join(contentDir, file));
    }
  }
  return copy;
}

/** Builds a copy as `npm run build` does after its type check, into the copy's dist/. */
export function buildCopy(copy: string): SpawnSyncReturns<string> {
  return spawnSync('node', ['src/build/build-site.mjs'], {
    cwd: copy,
    env: { ...process.env, DIST_DIR: 'dist', SITE_URL: 'http://localhost:4999/' },
    encoding: 'utf8',
  });
}

export function removeCopy(copy: string | undefined): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
}
