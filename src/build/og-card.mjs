// The link preview's card, public/og/<language>.png: what it shows, read off one résumé, and whether
// the image there was drawn from that résumé as it is now. render-og-images.mjs draws the card and
// writes what it drew beside it (<language>.card.json); the build links a page to its language's
// image only while the two agree, so a site built from another résumé never shows the owner's card.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentDate } from '../content/content-date.ts';
import { resumeFileName } from '../content/content-languages.ts';

/** Where the preview images are kept, in the project. */
export const ogDir = 'public/og';

/** The file beside a language's image that records the card it shows. */
export const cardFileName = (/** @type {string} */ language) => `${language}.card.json`;

/**
 * Whether a language is written in CJK characters (Chinese, Japanese, Korean).
 * @param {string} language
 */
export const isCjk = (language) =>
  ['Hans', 'Hant', 'Hani', 'Jpan', 'Kore'].includes(
    new Intl.Locale(language).maximize().script ?? '',
  );

/**
 * The fields the card shows, checked, from one résumé document: the name, the label and the dated
 * employers. Throws, naming the field, when the résumé lacks what a card needs (a name).
 * @param {string} contentDir
 * @param {string} language
 */
export function readCard(contentDir, language) {
  const file = resumeFileName(language);
  const resume = JSON.parse(readFileSync(join(contentDir, file), 'utf8'));
  const text = (/** @type {unknown} */ value, /** @type {string} */ where) => {
    if (typeof value !== 'string' || !value.trim()) {
      throw new Error(`${file}: ${where}: expected text, got ${JSON.stringify(value)}`);
    }
    return value;
  };
  const startMonth = (/** @type {unknown} */ value, /** @type {string} */ where) => {
    const written = text(value, where);
    const date = parseContentDate(written);
    if (!date) throw new Error(`${file}: ${where}: expected a date, got "${written}"`);
    return { year: String(date.year), months: date.year * 12 + (date.month ?? 1) - 1 };
  };
  return {
    language,
    cjk: isCjk(language),
    name: text(resume.basics?.name, 'basics.name'),
    label: resume.basics?.label ?? '',
    // The card's timeline shows the dated employers; a résumé without any has none.
    employers: (resume.work ?? [])
      .filter((/** @type {any} */ entry) => entry?.startDate)
      .map((/** @type {any} */ entry, /** @type {number} */ index) => {
        const name = text(entry?.name, `work[${index}].name`);
        // "数慧时空 (Shuhui Shikong)": the name as written, then its romanisation on a line of its own.
        const [, written = name, romanised = null] = /^(.+?)\s*\((.+)\)$/.exec(name) ?? [];
        return {
          name: written,
          romanised,
          start: startMonth(entry.startDate, `work[${index}].startDate`),
          current: entry.endDate === undefined,
        };
      }),
  };
}

/**
 * The languages among `languages` whose preview image in `imagesDir` shows the card their résumé
 * makes now; the others are stale, missing or have no card to draw.
 * @param {string} contentDir
 * @param {string} imagesDir
 * @param {readonly string[]} languages
 * @returns {string[]}
 */
export function currentOgImages(contentDir, imagesDir, languages) {
  return languages.filter((language) => {
    const record = join(imagesDir, cardFileName(language));
    if (!existsSync(join(imagesDir, `${language}.png`)) || !existsSync(record)) return false;
    let card;
    try {
      card = readCard(contentDir, language);
    } catch {
      return false;
    }
    return JSON.stringify(card) === JSON.stringify(JSON.parse(readFileSync(record, 'utf8')));
  });
}
