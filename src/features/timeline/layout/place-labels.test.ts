import { describe, expect, it } from 'vitest';
import { intersects, placeLabels, type Box } from './place-labels';

const box = (x: number, y: number, width = 100, height = 16): { box: Box } => ({
  box: { x, y, width, height },
});
const bounds = { x: 0, y: 0, width: 1000, height: 500 };

describe('placeLabels', () => {
  it('gives each label its first choice when nothing is in the way', () => {
    const placed = placeLabels(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(200, 0)] },
      ],
      bounds,
    );
    expect(placed.get('a')?.box.x).toBe(0);
    expect(placed.get('b')?.box.x).toBe(200);
  });

  it('moves a label to its next option when the first would overlap an earlier label', () => {
    const placed = placeLabels(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(50, 0), box(50, 30)] },
      ],
      bounds,
    );
    expect(placed.get('b')?.box.y).toBe(30);
  });

  it('hides a label when none of its options fits', () => {
    const placed = placeLabels(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(50, 5)] },
      ],
      bounds,
    );
    expect(placed.has('b')).toBe(false);
  });

  it('keeps the gap between labels', () => {
    const placed = placeLabels(
      [
        { id: 'a', options: [box(0, 0)] },
        { id: 'b', options: [box(102, 0)] },
      ],
      bounds,
      4,
    );
    expect(placed.has('b')).toBe(false);
  });

  it('hides a label that would leave the bounds', () => {
    expect(placeLabels([{ id: 'a', options: [box(950, 0)] }], bounds).size).toBe(0);
  });

  it('keeps labels off the obstacles (the nodes)', () => {
    const placed = placeLabels([{ id: 'a', options: [box(0, 0), box(0, 40)] }], bounds, 4, [
      { x: 40, y: 2, width: 12, height: 12 },
    ]);
    expect(placed.get('a')?.box.y).toBe(40);
  });

  it('never places two intersecting labels, however crowded', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const requests = Array.from({ length: 400 }, (_, i) => ({
      id: String(i),
      options: [
        box(random() * 900, random() * 480, 20 + random() * 80),
        box(random() * 900, random() * 480, 20 + random() * 80),
      ],
    }));
    const placed = [...placeLabels(requests, bounds).values()].map((option) => option.box);
    expect(placed.length).toBeGreaterThan(20);
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1)
        expect(intersects(placed[i]!, placed[j]!)).toBe(false);
    }
  });
});
