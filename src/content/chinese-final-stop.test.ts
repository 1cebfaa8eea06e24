import { describe, expect, it } from 'vitest';
import { checkChineseFinalStop } from './chinese-final-stop';

describe('checkChineseFinalStop', () => {
  it.each([
    '任务丢失问题未再发生',
    '负责所有外呼任务调度以及并发控制。当前系统使用的LTS开源调度引擎长期不再维护',
    '如何最大化保障服务上线安全和稳定？',
    '参与贡献并成为其第二大贡献者（截至2024/3/12）',
    '支持30+个GEO计算函数',
  ])('accepts a line that ends on its last word: %j', (line) => {
    expect(checkChineseFinalStop(line)).toEqual([]);
  });

  it.each(['。', '；', '，', '、', '：'])(
    'rejects a line that ends with %j, quoting its end',
    (stop) => {
      expect(checkChineseFinalStop(`按照外呼业务特点和需求进行功能高度定制${stop}`)).toEqual([
        `expected a line that ends on its last word, without "${stop}", got "进行功能高度定制${stop}"`,
      ]);
    },
  );

  it('leaves text without Chinese alone', () => {
    expect(checkChineseFinalStop('Task loss did not recur.')).toEqual([]);
  });
});
