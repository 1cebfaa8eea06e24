import { describe, expect, it } from 'vitest';
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
});
