import { describe, expect, it } from 'vitest';
import { compareContentDates, parseContentDate, placeContentDate } from './content-date';

const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));

describe('parseContentDate', () => {
  it('reads a year, a month and a day', () => {
    expect(parseContentDate('2019')).toEqual({ year: 2019 });
    expect(parseContentDate('2019-08')).toEqual({ year: 2019, month: 8 });
    expect(parseContentDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('rejects dates that do not exist or are not in an ISO 8601 form', () => {
    for (const text of ['2019-13', '2019-00', '2019-02-30', '2021/7', '19', '2019-8', '']) {
      expect(parseContentDate(text)).toBeUndefined();
    }
  });
});

describe('placeContentDate', () => {
  it('places a year at its start, as a month at its first day', () => {
    expect(placeContentDate('2019')).toEqual(utc(2019, 1));
    expect(placeContentDate('2019-08')).toEqual(utc(2019, 8));
    expect(placeContentDate('2019-08-15')).toEqual(utc(2019, 8, 15));
  });
});

describe('compareContentDates', () => {
  it('orders dates of any precision as time does, a missing one first', () => {
    // Entries, as the résumé sorts them: Array.prototype.sort puts a bare undefined last unasked.
    const entries = ['2020-02-01', '2019', undefined, '2020-01', '2019-12-31', '2020'].map(
      (startDate) => ({ startDate }),
    );
    const sorted = entries.sort((a, b) => compareContentDates(a.startDate, b.startDate));
    expect(sorted.map((entry) => entry.startDate)).toEqual([
      undefined,
      '2019',
      '2019-12-31',
      '2020',
      '2020-01',
      '2020-02-01',
    ]);
  });
});
