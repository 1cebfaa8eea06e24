import { describe, expect, it } from 'vitest';
import { estimateTextWidth, shortenText, truncateText, wrapText } from './text-fitting';

describe('estimateTextWidth', () => {
  it('counts a CJK character as a full em and Latin letters as less', () => {
    expect(estimateTextWidth('小米科技', 10)).toBeGreaterThanOrEqual(40);
    expect(estimateTextWidth('abcd', 10)).toBeLessThan(estimateTextWidth('小米科技', 10));
  });
});

describe('truncateText', () => {
  it('keeps text that fits', () => {
    expect(truncateText('Xiaomi', 200, 13)).toBe('Xiaomi');
  });

  it('shortens text that does not fit, with an ellipsis, to within the width', () => {
    const text = truncateText('Rewriting the MRCP Speech Service in Rust', 120, 13)!;
    expect(text.endsWith('…')).toBe(true);
    expect(estimateTextWidth(text, 13)).toBeLessThanOrEqual(120);
  });

  it('cuts between words, so that what shows is the start of the name word for word', () => {
    const text = truncateText('Operating Tiered Storage at Streaming Scale', 200, 13)!;
    expect(text.endsWith('…')).toBe(true);
    const shown = text.slice(0, -1);
    expect('Operating Tiered Storage at Streaming Scale'.startsWith(`${shown} `)).toBe(true);
  });

  it('gives nothing when not even the first word fits', () => {
    expect(truncateText('数据经纬', 10, 13)).toBeNull();
    expect(truncateText('Freelance', 40, 13)).toBeNull();
  });
});

describe('shortenText', () => {
  it('keeps whole words, or the text itself when its first word is longer than the limit', () => {
    expect(shortenText('Central Texas Food Bank', 12)).toBe('Central…');
    expect(shortenText('后台开发工程师', 4)).toBe('后台开…');
    expect(shortenText('Supercalifragilistic', 12)).toBe('Supercalifragilistic');
  });
});

describe('wrapText', () => {
  it('breaks English between words', () => {
    expect(
      wrapText('Extending the DataFusion Query Engine with GEO Computation', 200, 13, true, 2),
    ).toEqual(['Extending the DataFusion', 'Query Engine with GEO…']);
  });

  it('breaks Chinese between characters, each line within the width', () => {
    const lines = wrapText('DataFusion 查询引擎扩展 GEO 计算能力', 130, 13, true, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(estimateTextWidth(line, 13, true)).toBeLessThanOrEqual(130);
    expect(lines.join('').replace('…', '').length).toBeGreaterThan(10);
  });

  it('leaves no lone CJK character on the last line', () => {
    const text = '一二三四五六七';
    const room = estimateTextWidth('一二三四五六', 12);
    expect(wrapText(text, room, 12, false, 3)).toEqual(['一二三四五', '六七']);
    expect(wrapText(text, room, 12, false, 2)).toEqual(['一二三四五', '六七']);
    // Two characters on the first line are kept: moving one would leave it alone instead.
    expect(wrapText('一二三', estimateTextWidth('一二', 12), 12, false, 3)).toEqual(['一二', '三']);
  });

  it('leaves a short text on one line', () => {
    expect(wrapText('raft', 200, 13, true, 2)).toEqual(['raft']);
  });
});
