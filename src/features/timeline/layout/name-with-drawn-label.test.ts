import { describe, expect, it } from 'vitest';
import { nameWithDrawnLabel } from './name-with-drawn-label';

const label = (...lines: [string, boolean][]) => ({
  lines: lines.map(([text, spaceAfter]) => ({ text, spaceAfter, bold: false, size: 12 })),
});

describe('nameWithDrawnLabel', () => {
  it('names a label wrapped inside a word with a space at the break', () => {
    expect(
      nameWithDrawnLabel(
        '美团点评 后台开发工程师，2018年7月—2019年8月',
        label(['美团点评', true], ['后台开发工程', false], ['师', false]),
      ),
    ).toBe('美团点评 后台开发工程 师，2018年7月—2019年8月');
  });

  it('keeps a name whose label wraps between words, or does not wrap', () => {
    const name = 'Amazon Software Dev Engineer, Aug 2019 – Jun 2021';
    expect(
      nameWithDrawnLabel(
        name,
        label(['Amazon', true], ['Software Dev', true], ['Engineer', false]),
      ),
    ).toBe(name);
    expect(nameWithDrawnLabel(name, label(['Amazon Software Dev Engineer', false]))).toBe(name);
  });

  it('keeps the full name of a label cut short on screen', () => {
    const name = 'Geospatial Extension for DataFusion, at Xiaomi';
    expect(nameWithDrawnLabel(name, label(['Geospatial', true], ['Extens…', false]))).toBe(name);
  });
});
