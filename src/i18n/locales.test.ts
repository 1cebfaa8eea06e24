import { describe, expect, it } from 'vitest';
import { checkChineseTypography } from '../content/chinese-typography';
import { checkSpelling } from '../content/house-spelling';
import en from './locales/en.json';
import zh from './locales/zh.json';

/** Each locale file by its language, so the language's own rules apply. */
const locales = { zh, en };
const localeFile = (language: string) => `src/i18n/locales/${language}.json`;

/** Every key path, with i18next's plural suffixes folded (Chinese has one plural form, English two). */
function keysOf(strings: object, prefix = ''): string[] {
  const keys = Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
  return [...new Set(keys)].sort();
}

/** Every string with its key path. */
function entriesOf(strings: object, prefix = ''): [string, string][] {
  return Object.entries(strings).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entriesOf(value, `${prefix}${key}.`),
  );
}

/** Problems as the content validator words them: `file: key.path: expected …, got …`. */
function typographyProblems(file: string, strings: object): string[] {
  return entriesOf(strings).flatMap(([path, value]) =>
    checkChineseTypography(value).map((message) => `${file}: ${path}: ${message}`),
  );
}

/** Spelling problems (src/content/house-spelling.ts) as the validator words them. */
function spellingProblems(language: string, strings: object): string[] {
  return entriesOf(strings).flatMap(([path, value]) =>
    checkSpelling(value, language).map((message) => `${localeFile(language)}: ${path}: ${message}`),
  );
}

/** Whether an interface string is a sentence, closed by its language's full stop. */
const endsSentence = (value: string) => /[.。]$/u.test(value);

describe('interface strings', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keysOf(zh)).toEqual(keysOf(en));
  });

  it('have no empty strings', () => {
    const empty = (strings: object): boolean =>
      Object.values(strings).some((value) =>
        typeof value === 'string' ? !value.trim() : empty(value),
      );
    expect(empty(zh)).toBe(false);
    expect(empty(en)).toBe(false);
  });

  it('follow the Chinese typography in Chinese (see src/content/chinese-typography.ts)', () => {
    expect(typographyProblems('src/i18n/locales/zh.json', zh)).toEqual([]);
  });

  it('would name the file and key of a Chinese string that breaks the typography', () => {
    const broken = {
      site: { loading: '正在加载…' },
      timeline: { showing: '显示 {{from}}至{{to}}' },
    };
    expect(typographyProblems('src/i18n/locales/zh.json', broken)).toEqual([
      'src/i18n/locales/zh.json: site.loading: expected an ellipsis as "……" (two U+2026), got "正在加载…"',
      'src/i18n/locales/zh.json: timeline.showing: expected no space between Chinese and other text, got "显示 {{fr"',
    ]);
  });

  it('follow the house spelling in every language (see src/content/house-spelling.ts)', () => {
    for (const [language, strings] of Object.entries(locales)) {
      expect(spellingProblems(language, strings)).toEqual([]);
    }
  });

  it('would name the file and key of a British spelling in English or a misspelt product name', () => {
    const broken = { theme: { label: 'Colour theme' }, resume: { json: 'Download a Github file' } };
    expect(spellingProblems('en', broken)).toEqual([
      'src/i18n/locales/en.json: theme.label: expected the US spelling "Color", got "Colour"',
      'src/i18n/locales/en.json: resume.json: expected "GitHub" as its makers spell it, got "Github"',
    ]);
    expect(spellingProblems('zh', broken)).toEqual([
      'src/i18n/locales/zh.json: resume.json: expected "GitHub" as its makers spell it, got "Github"',
    ]);
  });

  it('end a Chinese string with 。 exactly where the English one is a sentence with a full stop', () => {
    const english = new Map(entriesOf(en));
    const mismatched = entriesOf(zh)
      .filter(
        ([path, value]) =>
          english.has(path) && endsSentence(value) !== endsSentence(english.get(path)!),
      )
      .map(([path]) => path);
    expect(mismatched).toEqual([]);
  });
});
