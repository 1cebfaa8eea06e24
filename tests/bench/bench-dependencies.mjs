// Lighthouse and its browser driver are used by `npm run bench` alone, so they stay out of `npm ci`
// (about 40 MB that no test and no visitor needs). package.json's `benchDependencies` pins them; the
// first bench run installs them, without saving, and later runs find them in node_modules.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Imports a bench-only package. If it is missing, installs every bench dependency and runs the
 * bench again in a new process, whose status this one exits with.
 */
export async function importBenchDependency(name) {
  try {
    return await import(name);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const { benchDependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
  const specs = Object.entries(benchDependencies).map(([pkg, range]) => `${pkg}@${range}`);
  console.log(`npm run bench needs ${specs.join(' and ')}; installing them (not saved) …`);
  const install = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...specs], {
    stdio: 'inherit',
  });
  if (install.status !== 0) throw new Error(`Could not install ${specs.join(', ')}`);
  // Node remembers that the package was missing (its package.json reads are cached), so importing
  // it in this process fails even now: run the same command again in a fresh one.
  const rerun = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(rerun.status ?? 1);
}
