import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardFileName, currentOgImages, readCard } from './og-card.mjs';

describe('currentOgImages', () => {
  let dir: string;
  const write = (file: string, value: unknown) =>
    writeFileSync(join(dir, file), typeof value === 'string' ? value : JSON.stringify(value));
  const resume = (name?: string) => ({
    basics: { name, label: 'Engineer' },
    work: [{ name: 'Initech', position: 'Engineer', startDate: '2019-04' }],
  });
  /** Draws a language's card as `npm run og-images` leaves it: the image and what it shows. */
  const draw = (language: string) => {
    write(`${language}.png`, 'png');
    write(cardFileName(language), readCard(dir, language));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'og-card-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts an image drawn from the résumé as it is', () => {
    write('resume.en.json', resume('Ada Lovelace'));
    draw('en');
    expect(currentOgImages(dir, dir, ['en'])).toEqual(['en']);
  });

  it('leaves out an image drawn from another or an older résumé', () => {
    write('resume.en.json', resume('Ada Lovelace'));
    draw('en');
    write('resume.en.json', resume('Grace Hopper'));
    expect(currentOgImages(dir, dir, ['en'])).toEqual([]);
  });

  it('leaves out a language with no image, or an image with no record of what it shows', () => {
    write('resume.en.json', resume('Ada Lovelace'));
    write('resume.fr.json', resume('Ada Lovelace'));
    draw('en');
    write('fr.png', 'png');
    expect(currentOgImages(dir, dir, ['en', 'fr', 'de'])).toEqual(['en']);
  });

  it('leaves out a résumé without the name a card shows', () => {
    write('resume.en.json', resume('Ada Lovelace'));
    draw('en');
    write('resume.en.json', resume());
    expect(currentOgImages(dir, dir, ['en'])).toEqual([]);
    expect(() => readCard(dir, 'en')).toThrow('resume.en.json: basics.name: expected text');
  });
});
