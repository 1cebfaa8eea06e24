import { describe, expect, it } from 'vitest';
import { sentenceSpace } from './sentence-space';

describe('sentenceSpace', () => {
  it('sets Chinese and Japanese sentences without a space, and the rest with one', () => {
    expect(['zh', 'zh-TW', 'ja'].map(sentenceSpace)).toEqual(['', '', '']);
    expect(['en', 'ko', 'pt-BR'].map(sentenceSpace)).toEqual([' ', ' ', ' ']);
  });
});
