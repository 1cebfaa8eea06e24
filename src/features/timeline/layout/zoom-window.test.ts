import { describe, expect, it } from 'vitest';
import { centreWindow, zoomWindow } from './zoom-window';

const dayMs = 86_400_000;
/** A date `days` days into the domain. */
const day = (days: number) => new Date(Date.UTC(2014, 0, 1) + days * dayMs);
const domain: [Date, Date] = [day(0), day(4000)];

describe('zoomWindow', () => {
  it('narrows the window about its middle', () => {
    expect(zoomWindow(domain, domain, 2, 75 * dayMs)).toEqual([day(1000), day(3000)]);
  });

  it('widens no further than the whole domain, and stays inside it', () => {
    expect(zoomWindow([day(0), day(800)], domain, 1 / 4, 75 * dayMs)).toEqual([day(0), day(3200)]);
    expect(zoomWindow([day(2000), day(3000)], domain, 1 / 10, 75 * dayMs)).toEqual(domain);
  });

  it('narrows no further than the narrowest window', () => {
    expect(zoomWindow([day(2000), day(2100)], domain, 100, 75 * dayMs)).toEqual([
      day(2012.5),
      day(2087.5),
    ]);
  });
});

describe('centreWindow', () => {
  it('pans so that the date is in the middle, keeping the zoom', () => {
    expect(centreWindow([day(0), day(800)], domain, day(2000))).toEqual([day(1600), day(2400)]);
  });

  it('stops at the ends of the domain', () => {
    expect(centreWindow([day(2000), day(2800)], domain, day(100))).toEqual([day(0), day(800)]);
    expect(centreWindow([day(2000), day(2800)], domain, day(3900))).toEqual([day(3200), day(4000)]);
  });
});
