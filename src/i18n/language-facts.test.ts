import { describe, expect, it, vi } from 'vitest';
import { languages } from '../config/languages';
import {
  languageName,
  openGraphLocale,
  readLanguageFacts,
  readSiteLanguageFacts,
  sentenceSpace,
} from './language-facts';

describe('readLanguageFacts', () => {
  it('names a language in itself and in each language asked for', () => {
    expect(readLanguageFacts('ja', ['en']).names).toEqual({ ja: '日本語', en: 'Japanese' });
  });

  it('sets Chinese and Japanese sentences without a space, and the rest with one', () => {
    const space = (language: string) => readLanguageFacts(language).sentenceSpace;
    expect(['zh', 'zh-TW', 'ja'].map(space)).toEqual(['', '', '']);
    expect(['en', 'ko', 'pt-BR'].map(space)).toEqual([' ', ' ', ' ']);
  });

  it("gives Open Graph's language_TERRITORY", () => {
    const locale = (language: string) => readLanguageFacts(language).openGraphLocale;
    expect(['zh', 'en', 'pt-BR', 'ja'].map(locale)).toEqual(['zh_CN', 'en_US', 'pt_BR', 'ja_JP']);
  });
});

describe('readSiteLanguageFacts', () => {
  it('names each site language in every one of them', () => {
    const facts = readSiteLanguageFacts(['en', 'pt-BR']);
    expect(facts['en']?.names).toEqual({ en: 'English', 'pt-BR': 'inglês' });
    expect(facts['pt-BR']?.names['pt-BR']).toBe('português (Brasil)');
  });
});

describe('the lookups', () => {
  it('answer for a language the build did not read, from Intl', () => {
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('en', 'ja')).toBe('英語');
    expect(['zh-TW', 'ko'].map(sentenceSpace)).toEqual(['', ' ']);
  });
});

describe('a site language', () => {
  it("is looked up in the build's facts, so the browser never loads Intl's locale data for it", () => {
    const locale = vi.spyOn(Intl, 'Locale');
    const displayNames = vi.spyOn(Intl, 'DisplayNames');
    for (const language of languages) {
      for (const reader of languages) expect(languageName(language, reader)).not.toBe('');
      sentenceSpace(language);
      openGraphLocale(language);
    }
    expect(languages.length).toBeGreaterThan(0);
    expect(locale).not.toHaveBeenCalled();
    expect(displayNames).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
