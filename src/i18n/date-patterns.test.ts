import { describe, expect, it } from 'vitest';
import { datePatterns } from './date-patterns';

describe('datePatterns', () => {
  it('reads how Chinese, English and Japanese readers write a month and a year', () => {
    const zh = datePatterns('zh');
    expect([zh.months[7], zh.yearMonths[7], zh.year]).toEqual(['8月', '{year}年8月', '{year}年']);
    const en = datePatterns('en');
    expect([en.months[7], en.yearMonths[7], en.year]).toEqual(['Aug', 'Aug {year}', '{year}']);
    expect(datePatterns('ja').yearMonths[0]).toBe('{year}年1月');
  });

  it('has twelve months for any language Intl knows', () => {
    const patterns = datePatterns('pt-BR');
    expect(patterns.months).toHaveLength(12);
    expect(new Set(patterns.yearMonths).size).toBe(12);
    expect(patterns.yearMonths.every((pattern) => pattern.includes('{year}'))).toBe(true);
  });
});
