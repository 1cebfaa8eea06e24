import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

const available = ['ja', 'en', 'pt-BR'];
const pick = (remembered: string | null, preferred: string[]) =>
  pickLanguage(remembered, preferred, available, 'ja');

describe('pickLanguage', () => {
  it('prefers the language the visitor chose before', () => {
    expect(pick('en', ['ja-JP'])).toBe('en');
  });

  it('ignores a remembered value that is not a site language', () => {
    expect(pick('fr', ['en-GB'])).toBe('en');
  });

  it('takes the first browser language the site has, exactly or by its primary subtag', () => {
    expect(pick(null, ['fr-FR', 'en-US', 'ja'])).toBe('en');
    expect(pick(null, ['pt-BR'])).toBe('pt-BR');
    expect(pick(null, ['pt-PT'])).toBe('pt-BR');
  });

  it('falls back to the original language', () => {
    expect(pick(null, ['fr-FR', 'de'])).toBe('ja');
    expect(pick(null, [])).toBe('ja');
  });
});
