import { describe, expect, it } from 'vitest';
import { timelineReturnHref } from './timeline-return';

describe('timelineReturnHref', () => {
  it('keeps the view the visitor left and highlights the item', () => {
    const state = { timelineSearch: '?view=2019-03-15..2021-08-02&focus=xiaomi' };
    expect(timelineReturnHref('en', 'mrcp-rust-rewrite', state)).toBe(
      '/en/?view=2019-03-15..2021-08-02&focus=mrcp-rust-rewrite',
    );
  });

  it('highlights the item in the default view when the visitor did not come from the timeline', () => {
    expect(timelineReturnHref('zh', 'amazon', null)).toBe('/zh/?focus=amazon');
  });
});
