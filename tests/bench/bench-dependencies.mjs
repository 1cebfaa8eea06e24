// Lighthouse and its browser driver are used by `npm run bench` alone, so they stay out of `npm ci`
// (about 40 MB that no test and no visitor needs). package.json's `benchDependencies` pins them; the
// first bench run installs them, without saving, and later runs find them in node_modules.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Imports a bench-only package, installing every bench dependency first if it is missing. */
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
  return import(name);
}
