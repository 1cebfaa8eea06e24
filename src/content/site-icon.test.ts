import { describe, expect, it } from 'vitest';
import { iconLetters, siteIconSvg } from './site-icon';

describe('iconLetters', () => {
  it('takes the initials of the first and last words of the first name in Latin letters', () => {
    expect(iconLetters(['Ada King Lovelace'])).toBe('AL');
    expect(iconLetters(['  grace hopper '])).toBe('GH');
    expect(iconLetters(['Prince'])).toBe('P');
  });

  it('prefers a translation in Latin letters to an original in other script', () => {
    expect(iconLetters(['王小明', 'Xiaoming Wang'])).toBe('XW');
  });

  it('takes the first character of a name in no Latin letters, the family name in Chinese', () => {
    expect(iconLetters(['王小明'])).toBe('王');
    expect(iconLetters(['', '𠮷田花子'])).toBe('𠮷');
  });

  it('has no letters for a résumé without a name', () => {
    expect(iconLetters([])).toBe('');
    expect(iconLetters(['', '  '])).toBe('');
  });
});

describe('siteIconSvg', () => {
  it('draws the letters, escaped, on a rounded square', () => {
    const svg = siteIconSvg(['Ada Lovelace']);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg).toMatch(/<text [^>]*>AL<\/text>/);
    expect(siteIconSvg(['<b>'])).not.toContain('<b>');
  });

  it('draws the square alone for a résumé without a name', () => {
    expect(siteIconSvg([''])).not.toContain('<text');
    expect(siteIconSvg([''])).toContain('<rect');
  });
});
