import { describe, expect, it } from 'vitest';
import { pathInLanguage, paths } from './paths';

describe('pathInLanguage', () => {
  it('swaps the language segment and keeps the rest of the path', () => {
    expect(pathInLanguage(paths.project('zh', 'mrcp-rust-rewrite'), 'en')).toBe(
      '/en/projects/mrcp-rust-rewrite/',
    );
    expect(pathInLanguage('/en/', 'zh')).toBe('/zh/');
  });

  it('sends a path without a language to that language’s home page', () => {
    expect(pathInLanguage('/fr/about', 'en')).toBe('/en/');
  });
});
