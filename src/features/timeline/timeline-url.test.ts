import { describe, expect, it } from 'vitest';
import { readTimelineUrlState, writeTimelineUrlState } from './timeline-url';

describe('the timeline URL state', () => {
  it('round-trips the view window, zoom, focus and technology', () => {
    const view: [Date, Date] = [new Date('2019-03-15T00:00:00Z'), new Date('2021-08-02T00:00:00Z')];
    const search = writeTimelineUrlState('', { view, zoom: 2, focus: 'an-id', tech: 'rust' });
    expect(search).toBe('?view=2019-03-15..2021-08-02&zoom=2&focus=an-id&tech=rust');
    expect(readTimelineUrlState(search)).toEqual({ view, zoom: 2, focus: 'an-id', tech: 'rust' });
  });

  it('keeps a window to the minute, so a restored view lands within a pixel', () => {
    const view: [Date, Date] = [new Date('2019-03-15T04:31:00Z'), new Date('2019-06-02T22:07:00Z')];
    const search = writeTimelineUrlState('', { view });
    expect(search).toBe('?view=2019-03-15T04:31..2019-06-02T22:07');
    expect(readTimelineUrlState(search).view).toEqual(view);
  });

  it('ignores a malformed or reversed view', () => {
    expect(readTimelineUrlState('?view=2019-03..2021').view).toBeNull();
    expect(readTimelineUrlState('?view=2021-01-01..2019-01-01').view).toBeNull();
    expect(readTimelineUrlState('?zoom=-3').zoom).toBeNull();
    expect(readTimelineUrlState('?view=garbage').view).toBeNull();
    expect(readTimelineUrlState('?view=2019-01-01..2020-01-01..2021-01-01').view).toBeNull();
  });

  it('keeps other parameters and removes a part set to null', () => {
    expect(writeTimelineUrlState('?tech=Rust&focus=a', { focus: null })).toBe('?tech=Rust');
  });
});
