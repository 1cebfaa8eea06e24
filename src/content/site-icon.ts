import { firstLatinName } from './latin-name.ts';

/** The icon's file name, at the site's root. */
export const iconFileName = 'favicon.svg';

/** The site's accent (--color-accent in global.css, its light value), which fills the icon. */
const accent = '#0b5cad';

/**
 * The letters the site's icon shows for a person's names (each language's, the original first): the
 * initials of the first name in Latin letters ("Ada Lovelace" gives "AL"), else the first
 * character of the first name given (a Chinese name gives its family name), else none.
 */
export function iconLetters(names: readonly string[]): string {
  const latin = firstLatinName(names).trim();
  if (latin) {
    const words = latin.split(/\s+/u);
    const ends = words.length > 1 ? [words[0], words.at(-1)] : [words[0]];
    return ends
      .map((word = '') => Array.from(word)[0] ?? '')
      .join('')
      .toUpperCase();
  }
  const first = names.find((name) => name.trim() !== '')?.trim() ?? '';
  return Array.from(first)[0] ?? '';
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The site's icon (favicon.svg): the person's letters in white on the accent, drawn with the
 * visitor's system font, so that it needs no font file and shows whoever's résumé the site is built
 * from.
 */
export function siteIconSvg(names: readonly string[]): string {
  const letters = iconLetters(names);
  // Two letters fit in 24 of the 32 px: M and W are about 0.95 em wide in a bold system face, the
  // rest at most 0.7 em. One letter (or one CJK character) is drawn larger.
  const characters = Array.from(letters);
  const ems = characters.reduce((sum, letter) => sum + (/[MW]/u.test(letter) ? 0.95 : 0.7), 0);
  const size = characters.length > 1 ? Math.min(15, Math.floor((24 / ems) * 10) / 10) : 19;
  const text = letters
    ? `<text x="16" y="16.5" dominant-baseline="central" text-anchor="middle" fill="#fff" font-size="${size}" font-weight="700" font-family="system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif">${escapeXml(letters)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${accent}"/>${text}</svg>\n`;
}
