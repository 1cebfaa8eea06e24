// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagesBuildSettings } from './pages-settings.mjs';

// What actions/configure-pages reports for each kind of Pages site (its outputs carry no trailing
// slash, and base_path is empty at the root).
const userSite = { baseUrl: 'https://octocat.github.io', basePath: '' };
const projectSite = { baseUrl: 'https://octocat.github.io/portfolio', basePath: '/portfolio' };
const customDomain = { baseUrl: 'https://www.example.com', basePath: '' };

describe('pagesBuildSettings', () => {
  it('builds a user site (<user>.github.io) for the root of its domain', () => {
    expect(pagesBuildSettings(userSite)).toEqual({
      SITE_URL: 'https://octocat.github.io/',
      BASE_PATH: '/',
    });
  });

  it('builds a project site for /<repo>/ on the owner’s domain', () => {
    expect(pagesBuildSettings(projectSite)).toEqual({
      SITE_URL: 'https://octocat.github.io/portfolio/',
      BASE_PATH: '/portfolio/',
    });
  });

  it('builds a site with a custom domain for the root of that domain', () => {
    expect(pagesBuildSettings(customDomain)).toEqual({
      SITE_URL: 'https://www.example.com/',
      BASE_PATH: '/',
    });
  });

  it('lets a SITE_URL override win, with its own path as the base path', () => {
    expect(
      pagesBuildSettings({ ...projectSite, siteUrl: 'https://cv.example.org/linwei' }),
    ).toEqual({ SITE_URL: 'https://cv.example.org/linwei/', BASE_PATH: '/linwei/' });
  });

  it('lets a BASE_PATH override win over the path Pages reports', () => {
    expect(pagesBuildSettings({ ...userSite, basePathOverride: '/portfolio' })).toEqual({
      SITE_URL: 'https://octocat.github.io/',
      BASE_PATH: '/portfolio/',
    });
  });

  it('takes both overrides as they are, without asking Pages', () => {
    expect(
      pagesBuildSettings({ siteUrl: 'https://www.example.com/', basePathOverride: '/' }),
    ).toEqual({ SITE_URL: 'https://www.example.com/', BASE_PATH: '/' });
  });

  it('ignores overrides that are empty, as an unset repository variable is in a workflow', () => {
    expect(pagesBuildSettings({ ...projectSite, siteUrl: '', basePathOverride: ' ' })).toEqual(
      pagesBuildSettings(projectSite),
    );
  });

  it('says how to turn Pages on when there is neither a report nor a SITE_URL', () => {
    expect(() => pagesBuildSettings({ baseUrl: '', basePath: '' })).toThrow(
      /no base_url.*Source to "GitHub Actions", or set SITE_URL/,
    );
  });

  it('rejects a SITE_URL that is not an absolute http(s) URL, naming it and its value', () => {
    expect(() => pagesBuildSettings({ ...userSite, siteUrl: 'octocat.github.io' })).toThrow(
      'the repository variable SITE_URL must be the site\'s public address, an absolute http(s) URL such as https://<user>.github.io/<repo>/; got "octocat.github.io".',
    );
    expect(() => pagesBuildSettings({ siteUrl: 'ftp://example.com/' })).toThrow(/SITE_URL/);
  });

  it('rejects a BASE_PATH that does not start with a slash, naming it and its value', () => {
    expect(() => pagesBuildSettings({ ...userSite, basePathOverride: 'portfolio/' })).toThrow(
      'The repository variable BASE_PATH must be a path starting with "/", such as / or /<repo>/; got "portfolio/".',
    );
  });
});

describe('node src/build/pages-settings.mjs', () => {
  const script = fileURLToPath(new URL('./pages-settings.mjs', import.meta.url));
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      // Only what a workflow step would pass: no SITE_URL or BASE_PATH from this shell.
      env: { PATH: process.env.PATH ?? '', ...env },
    });

  it('prints NAME=value lines for $GITHUB_ENV from configure-pages’ outputs and the variables', () => {
    const result = run({
      PAGES_BASE_URL: projectSite.baseUrl,
      PAGES_BASE_PATH: projectSite.basePath,
      SITE_URL: '',
      BASE_PATH: '',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'SITE_URL=https://octocat.github.io/portfolio/\nBASE_PATH=/portfolio/\n',
    );
  });

  it('fails with the reason on its error output and nothing for $GITHUB_ENV', () => {
    const result = run({ PAGES_BASE_URL: userSite.baseUrl, BASE_PATH: 'portfolio' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('BASE_PATH must be a path starting with "/"');
  });
});
