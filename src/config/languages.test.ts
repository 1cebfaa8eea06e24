import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

describe('pickLanguage', () => {
  it('prefers the language the visitor chose before', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('ignores a remembered value that is not a site language', () => {
    expect(pickLanguage('fr', ['en-GB'])).toBe('en');
  });

  it('takes the first browser language the site has', () => {
    expect(pickLanguage(null, ['fr-FR', 'en-US', 'zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['zh-TW'])).toBe('zh');
  });

  it('falls back to Chinese, the résumé’s own language', () => {
    expect(pickLanguage(null, ['fr-FR', 'de'])).toBe('zh');
    expect(pickLanguage(null, [])).toBe('zh');
  });
});
