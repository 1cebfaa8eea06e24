import { validate } from '@jsonresume/schema';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { paths } from '../src/config/paths';
import { expect, test } from './support/fixtures';
import { siteServers } from './support/site-servers';
import { escapeRegExp, languages, resumePdfPath, resumes } from './support/site-pages';

/** Each résumé's phone number as written, and as its digits alone (a `tel:` link). */
const phones = languages.flatMap((language) => resumes[language]!.basics.phone ?? []);
const phoneForms = [...new Set(phones.flatMap((phone) => [phone, phone.replace(/\D/g, '')]))];
const builds = [siteServers.root.dir, siteServers.subPath.dir];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A poppler-utils tool's output (.ci/run installs poppler-utils). */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    throw new Error(
      `${tool} failed; the PDF checks need poppler-utils (Debian: apt-get install -y poppler-utils)`,
      { cause: error },
    );
  }
}

/** Text without any white space, so that a name wrapped across lines is still found. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

test.describe('the files of the build', () => {
  test('have the phone number only in the résumé pages’ HTML (and, compressed, their PDFs)', () => {
    test.skip(phones.length === 0, 'the résumés give no phone number');
    const withPhoneByLanguage = languages.filter((language) => resumes[language]!.basics.phone);
    for (const dist of builds) {
      const withPhone = filesUnder(dist).filter((file) => {
        const bytes = readFileSync(file);
        return phoneForms.some((form) => bytes.includes(form));
      });
      expect(withPhone.map((file) => relative(dist, file)).sort(), dist).toEqual(
        withPhoneByLanguage.map((language) => join(language, 'resume', 'index.html')).sort(),
      );
      for (const file of filesUnder(dist).filter((path) => path.endsWith('.js'))) {
        for (const phone of phones) expect(readFileSync(file, 'utf8'), file).not.toContain(phone);
      }
    }
  });

  for (const language of languages) {
    const resume = resumes[language]!;

    test(`resume.${language}.json is valid JSON Resume, says its language, and has no phone number`, () => {
      for (const dist of builds) {
        const text = readFileSync(join(dist, `resume.${language}.json`), 'utf8');
        const document = JSON.parse(text);
        let errors: unknown[] | null = ['not validated'];
        validate(document, (found) => (errors = found));
        expect(errors, dist).toBeNull();
        for (const form of phoneForms) expect(text).not.toContain(form);
        expect(document.basics.name).toBe(resume.basics.name);
        expect(document.meta.language).toBe(language);
        expect(document.meta.alternates ?? []).toEqual(
          languages
            .filter((other) => other !== language)
            .map((other) => ({
              language: other,
              url: expect.stringMatching(new RegExp(`/resume\\.${escapeRegExp(other)}\\.json$`)),
            })),
        );
      }
    });

    test(`the ${language} PDF has the résumé as text, embedded fonts, A4 pages, links and metadata`, async () => {
      const file = join(siteServers.root.dir, resumePdfPath(language));
      const text = squeezed(poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']));
      const expected = [
        resume.basics.name,
        ...(resume.basics.phone ? [resume.basics.phone] : []),
        ...resume.work.map((entry) => entry.name),
        ...resume.projects.map((project) => project.name),
      ];
      expect(expected.filter((name) => !text.includes(squeezed(name)))).toEqual([]);

      const fonts = poppler('pdffonts', [file]).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      // Columns: name, type, encoding, then emb: yes for a font carried in the file.
      for (const font of fonts) expect(font.split(/\s+/).at(-5), font).toBe('yes');

      const pdf = await PDFDocument.load(readFileSync(file));
      expect(pdf.getTitle()).toContain(resume.basics.name);
      expect(pdf.getAuthor()).toBe(resume.basics.name);
      expect(String(pdf.catalog.get(PDFName.of('Lang')))).toBe(`(${language})`);
      // A4 is 595.28 × 841.89 pt; Chromium rounds it to whole device pixels.
      for (const page of pdf.getPages()) {
        const { width, height } = page.getSize();
        expect(Math.abs(width - 595.28), 'page width').toBeLessThan(2);
        expect(Math.abs(height - 841.89), 'page height').toBeLessThan(2);
      }

      const links = pdf.getPages().flatMap((page) => {
        const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
        return (annotations?.asArray() ?? []).flatMap((ref) => {
          const action = pdf.context
            .lookupMaybe(ref, PDFDict)
            ?.lookupMaybe(PDFName.of('A'), PDFDict);
          const uri = action?.lookup(PDFName.of('URI'));
          return uri instanceof PDFString || uri instanceof PDFHexString ? [uri.decodeText()] : [];
        });
      });
      if (resume.basics.email) expect(links).toContain(`mailto:${resume.basics.email}`);
      // Chromium writes a link's address normalized, as the URL parser does (a bare host gets its '/').
      const normalized = (url: string) => new URL(url).href;
      for (const profile of resume.basics.profiles) {
        if (profile.url) expect(links).toContain(normalized(profile.url));
      }
      for (const contribution of resume.contributions) {
        if (contribution.url) expect(links).toContain(normalized(contribution.url));
      }
      // Its own links lead to the site's pages, at the build's SITE_URL.
      const sitePaths = links
        .filter((link) => link.startsWith('http'))
        .map((link) => new URL(link).pathname);
      for (const entry of resume.work) expect(sitePaths).toContain(paths.work(language, entry.id));
    });
  }
});
