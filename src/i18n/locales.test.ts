import { describe, expect, it } from 'vitest';
import { checkChineseTypography } from '../content/chinese-typography';
import en from './locales/en.json';
import zh from './locales/zh.json';

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
});
