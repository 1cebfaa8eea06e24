import { describe, expect, it } from 'vitest';
import { checkChineseTypography } from './chinese-typography';

describe('checkChineseTypography', () => {
  it.each([
    'Rust工程师（数据库）',
    '获1w奖金',
    '支持30+个GEO计算函数',
    '技术指标（无声会话率、用户挂断率等）',
    '{{count}}次提交',
    '正在加载……',
    '截至2024/3/12',
    '2021年7月—2023年8月',
    '按“+”放大',
  ])('accepts %j', (text) => {
    expect(checkChineseTypography(text)).toEqual([]);
  });

  it('leaves text without Chinese alone, spaces, dots and all', () => {
    expect(checkChineseTypography("Night's Watch Games, HTTP(S)... and more")).toEqual([]);
  });

  it('rejects a space between Chinese and Latin text, on either side', () => {
    expect(checkChineseTypography('Rust 工程师')).toEqual([
      'expected no space between Chinese and other text, got "Rust 工程师"',
    ]);
    expect(checkChineseTypography('工程师 Rust')).toHaveLength(1);
    expect(checkChineseTypography('获 1w 奖金')).toHaveLength(2);
    expect(checkChineseTypography('支持30+ GEO计算函数')).toEqual([]);
    expect(checkChineseTypography('显示 {{from}} 至 {{to}}')).toHaveLength(3);
  });

  it('rejects half-width punctuation next to Chinese, naming the full-width mark', () => {
    expect(checkChineseTypography('Rust工程师(数据库)')).toEqual([
      'expected full-width "（" instead of "(" next to Chinese, got "t工程师(数据库)"',
      'expected full-width "）" instead of ")" next to Chinese, got "(数据库)"',
    ]);
    expect(checkChineseTypography('方向键移动,回车打开')).toEqual([
      'expected full-width "，" instead of "," next to Chinese, got "向键移动,回车打开"',
    ]);
    expect(checkChineseTypography('如何解决?主动请求')).toHaveLength(1);
  });

  it('rejects an en dash between Chinese dates', () => {
    expect(checkChineseTypography('2021年7月–2023年8月')).toEqual([
      'expected full-width "—" instead of "–" next to Chinese, got "1年7月–2023"',
    ]);
  });

  it('rejects "..." and a single "…" where Chinese writes "…"', () => {
    expect(checkChineseTypography('正在加载...')).toEqual([
      'expected an ellipsis as "……" (two U+2026), got "正在加载..."',
    ]);
    expect(checkChineseTypography('正在加载…')).toEqual([
      'expected an ellipsis as "……" (two U+2026), got "正在加载…"',
    ]);
  });

  it('quotes the place in a long string, not the whole string', () => {
    const [problem] = checkChineseTypography(
      '任务调度引擎作为智能外呼平台服务核心 负责所有外呼任务调度',
    );
    expect(problem).toBe(
      'expected no space between Chinese and other text, got "服务核心 负责所有"',
    );
  });
});
