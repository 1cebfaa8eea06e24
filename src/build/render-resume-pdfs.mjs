// The step of `npm run build` after the prerenderer, when a Chromium is found: prints each language's
// prerendered résumé page to an A4 PDF in dist/ (e.g. linwei-zhang-resume-en.pdf). Chromium sets the
// text (real, selectable, with the CJK faces it finds embedded), the links and the title; pdf-lib adds
// what Chromium does not write: the author, the subject and the document's language.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../tests/support/find-chromium.mjs';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Makes the résumé PDFs of the prerendered site in `distDir` with the Chromium at `executablePath`.
 * Each page is opened at its public URL (SITE_URL), answered from `distDir`, so that the PDF's links
 * lead to the published site; nothing is fetched from the network.
 * @param {{ distDir: string, serverEntry: string, executablePath: string }} options
 */
export async function renderResumePdfs({ distDir, serverEntry, executablePath }) {
  const { resumeDocuments, siteUrl, basePath } = await import(pathToFileURL(serverEntry).href);
  const site = new URL(siteUrl);
  const root = resolve(distDir);

  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    // The prerendered HTML is the whole page; its scripts would only hydrate it.
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', async (route) => {
      const file = await builtFile(root, site.origin, basePath, route.request().url());
      if (!file) return route.abort();
      await route.fulfill({
        body: await readFile(file),
        contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
      });
    });

    for (const resume of await resumeDocuments()) {
      const page = await context.newPage();
      const url = new URL(resume.page.slice(1), siteUrl).href;
      const response = await page.goto(url);
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()} for its PDF`);
      const title = await page.title();
      const printed = await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
      });
      await page.close();

      const pdf = await PDFDocument.load(printed, { updateMetadata: false });
      pdf.setTitle(title, { showInWindowTitleBar: true });
      if (resume.author) pdf.setAuthor(resume.author);
      if (resume.subject) pdf.setSubject(resume.subject);
      pdf.setLanguage(resume.htmlLang);
      const bytes = await pdf.save();
      await writeFile(join(root, resume.pdf), bytes);
      console.log(
        `Printed ${resume.page} to ${resume.pdf.slice(1)}: ${pdf.getPageCount()} A4 pages, ${(bytes.length / 1000).toFixed(0)} KB`,
      );
    }
  } finally {
    await browser.close();
  }
}

/** The file in the build that a URL of the published site names (a folder: its index.html), or null. */
async function builtFile(root, origin, basePath, href) {
  const url = new URL(href);
  if (url.origin !== origin || !url.pathname.startsWith(basePath)) return null;
  const path = resolve(root, `.${sep}${decodeURIComponent(url.pathname.slice(basePath.length))}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    const stats = await stat(candidate).catch(() => null);
    if (stats?.isFile()) return candidate;
  }
  return null;
}
