import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './estimate-text-width';
import { truncateText } from './truncate-text';
import { wrapText } from './wrap-text';

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

  it('gives nothing when not even one character fits', () => {
    expect(truncateText('数据经纬', 10, 13)).toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks English between words', () => {
    expect(
      wrapText('Extending the DataFusion Query Engine with GEO Computation', 200, 13, true, 2),
    ).toEqual(['Extending the DataFusion', 'Query Engine with GEO C…']);
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
