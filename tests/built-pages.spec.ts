import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import type { Language } from '../src/config/languages';
import { currentOgImages, ogDir } from '../src/build/og-card.mjs';
import { interfaceString } from './support/interface-string';
import { siteServers } from './support/site-servers';
import { distFile, languages, resumes, sitePages } from './support/site-pages';

/*
 * What the build writes, read as files: no browser is needed to see a page's head, its policy or its
 * links, so each is checked here once for every page. What only a browser shows (hydration, styles,
 * focus, the timeline) is in the other specs.
 */
const pages = sitePages();
const dist = siteServers.root.dir;
const read = (path: string) =>
  new JSDOM(distFile(path.endsWith('.html') ? path : `${path}index.html`, dist)).window.document;

/** One directive of a policy, e.g. "script-src 'self'". */
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('the build has every page of every language, each with its language, h1 and content', () => {
  const perLanguage = (language: string) =>
    2 + resumes[language]!.work.length + resumes[language]!.projects.length;
  expect(pages).toHaveLength(languages.reduce((sum, language) => sum + perLanguage(language), 0));
  for (const { path, heading, content, language } of pages) {
    expect(existsSync(`${dist}${path}index.html`), `${dist}${path}index.html`).toBe(true);
    const document = read(path);
    expect(document.documentElement.lang, path).toBe(language);
    const headings = [...document.querySelectorAll('h1')].map((h1) => h1.textContent);
    expect(headings, path).toEqual([heading]);
    expect(document.querySelector('main')?.textContent, path).toContain(content);
  }
});

test('every page has a unique title and description, its canonical URL and its alternates', () => {
  const titles = new Map<string, string>();
  for (const { path, heading } of pages) {
    const document = read(path);
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
    expect(titles.get(document.title), `${path}: the title of ${titles.get(document.title)}`).toBe(
      undefined,
    );
    titles.set(document.title, path);
    expect(document.title, path).toContain(heading);
    expect(meta('meta[name="description"]')?.trim(), path).toBeTruthy();
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      new URL(path.slice(1), siteServers.root.url).href,
    );
    const alternates = [...document.querySelectorAll('link[rel="alternate"]')];
    expect(
      alternates.map((link) => link.getAttribute('hreflang')),
      path,
    ).toEqual(languages.length > 1 ? [...languages, 'x-default'] : []);
    for (const property of ['og:title', 'og:description', 'og:url'])
      expect(meta(`meta[property="${property}"]`), `${path} ${property}`).toBeTruthy();
  }
});

test('a page’s link preview shows the image drawn from its résumé as it is now, or none', () => {
  const current = currentOgImages('src/content', ogDir, languages);
  for (const { path, language } of pages) {
    const document = read(path);
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
    if (current.includes(language)) {
      expect(meta('meta[property="og:image"]'), path).toBe(
        new URL(`og/${language}.png`, siteServers.root.url).href,
      );
      expect(meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
    } else {
      expect(meta('meta[property="og:image"]'), path).toBeUndefined();
      expect(meta('meta[name="twitter:image"]'), path).toBeUndefined();
      expect(meta('meta[name="twitter:card"]'), path).toBe('summary');
    }
  }
  // The site publishes those images as drawn, and nothing else of public/og/.
  const published = existsSync(`${dist}/og`) ? readdirSync(`${dist}/og`) : [];
  expect(published.sort()).toEqual(current.map((language) => `${language}.png`).sort());
  for (const language of current) {
    expect(readFileSync(`${dist}/og/${language}.png`)).toEqual(
      readFileSync(`${ogDir}/${language}.png`),
    );
  }
});

test('the home pages describe the person as a Person in JSON-LD, without a phone number', () => {
  for (const language of languages) {
    const json = read(`/${language}/`).querySelector(
      'script[type="application/ld+json"]',
    )?.textContent;
    const person = JSON.parse(json ?? '{}');
    expect(person['@type']).toBe('Person');
    expect(person.name).toBe(resumes[language]!.basics.name);
    const phone = resumes[language]!.basics.phone;
    if (phone) expect(json).not.toContain(phone);
  }
});

test('a home page has the entry fetch the timeline’s code while the page hydrates; no other page does', () => {
  const base = new URL(siteServers.root.url).pathname;
  for (const { path, language } of pages) {
    const script = read(path).querySelector<HTMLScriptElement>('script[data-modules]');
    expect(script, path).not.toBeNull();
    const later = script!.dataset.laterModules?.split(' ') ?? [];
    if (path !== `/${language}/`) {
      expect(later, path).toEqual([]);
      continue;
    }
    // A lazily loaded chunk keeps the name of the module it loads (vite.config.ts).
    expect(
      later.some((file) => /\/career-timeline-[\w-]+\.js$/.test(file)),
      path,
    ).toBe(true);
    for (const file of later) {
      expect(file.startsWith(base), file).toBe(true);
      expect(existsSync(`${dist}/${file.slice(base.length)}`), file).toBe(true);
      expect(script!.dataset.modules?.split(' '), `${file} is fetched once`).not.toContain(file);
    }
  }
});

test('404.html, before any script runs, is the not-found page in the language of the root page', () => {
  const language = read('/').documentElement.lang as Language;
  const document = read('/404.html');
  expect(document.documentElement.lang).toBe(language);
  expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual([
    interfaceString(language, 'notFound.heading'),
  ]);
});

test('every script the build writes starts with V8’s compile hint, so it compiles while it downloads', () => {
  const scripts = readdirSync(`${dist}/assets`).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    // V8's spelling (Chrome 136), as the first line: anywhere else, or misspelt, it is a comment.
    const hint = '//# allFunctionsCalledOnLoad\n';
    expect(distFile(`assets/${file}`, dist).slice(0, hint.length), file).toBe(hint);
  }
});

test('sitemap.xml lists every page, robots.txt points at it, and Pages gets its 404 and .nojekyll', () => {
  const sitemap = distFile('sitemap.xml', dist);
  for (const { path } of pages)
    expect(sitemap).toContain(`<loc>${new URL(path.slice(1), siteServers.root.url).href}</loc>`);
  expect(distFile('robots.txt', dist)).toContain(`Sitemap: ${siteServers.root.url}sitemap.xml`);
  expect(existsSync(`${dist}/404.html`)).toBe(true);
  expect(existsSync(`${dist}/.nojekyll`)).toBe(true);
});

test.describe('security, on every page, the 404 page and the root page', () => {
  const paths = [...pages.map((page) => page.path), '/404.html', '/'];

  test('a Content-Security-Policy allows scripts and styles only from the site, and enforces Trusted Types', () => {
    for (const path of paths) {
      const document = read(path);
      const policy = document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content');
      expect(policy, path).toBeTruthy();
      const scriptSrc = directive(policy!, 'script-src');
      expect(scriptSrc, path).toMatch(/^script-src 'self'/);
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      // No policy at all: no string can reach an HTML or script sink (see trusted-types.spec.ts).
      expect(directive(policy!, 'require-trusted-types-for'), path).toBe(
        "require-trusted-types-for 'script'",
      );
      expect(directive(policy!, 'trusted-types'), path).toBe("trusted-types 'none'");
      // An inline script that runs has its hash in the policy; data blocks never run.
      for (const script of document.querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type') ?? '';
        if (type === 'application/json' || type === 'application/ld+json') continue;
        expect(scriptSrc, `${path}: an inline script without its hash`).toContain(
          sha256(script.textContent ?? ''),
        );
      }
      // Styles: the one inline stylesheet by its hash, and no style attribute.
      const styles = [...document.querySelectorAll('style')].map((style) => style.textContent);
      expect(styles, path).toHaveLength(1);
      expect(directive(policy!, 'style-src'), path).toBe(`style-src 'self' ${sha256(styles[0]!)}`);
      expect(document.querySelectorAll('[style]').length, `${path}: a style attribute`).toBe(0);
    }
  });

  test('no element has an inline event handler', () => {
    for (const path of paths) {
      const handlers = [...read(path).querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      );
      expect(handlers, path).toEqual([]);
    }
  });

  test('every link that leaves the site has rel="noopener noreferrer"', () => {
    const site = new URL(siteServers.root.url);
    for (const path of paths) {
      const unsafe = [...read(path).querySelectorAll('a[href]')]
        .filter((link) => {
          const url = new URL(link.getAttribute('href')!, new URL(path, site));
          return url.origin !== site.origin && !['mailto:', 'tel:'].includes(url.protocol);
        })
        .filter((link) => {
          const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
          return !rel.includes('noopener') || !rel.includes('noreferrer');
        })
        .map((link) => link.getAttribute('href'));
      expect(unsafe, path).toEqual([]);
    }
  });
});
