export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One way to show a label: the box it would take. */
export interface LabelOption {
  box: Box;
}

export interface LabelRequest<Option extends LabelOption> {
  id: string;
  /**
   * In order of preference: the full label first, then shorter ones. An iterable, so that a generator
   * can make the options one at a time, only as far as they are needed.
   */
  options: Iterable<Option>;
}

const cellSize = 64;

/**
 * Chooses for each label the first option that overlaps no label placed before it and lies inside
 * `bounds`, or none: earlier requests win. `obstacles` (the nodes) are avoided like labels. The
 * result is a set of boxes of which no two intersect. A grid of cells keeps each check local, so a thousand labels cost about a thousand checks.
 */
export function placeLabels<Option extends LabelOption>(
  requests: readonly LabelRequest<Option>[],
  bounds: Box,
  gap = 4,
  obstacles: readonly Box[] = [],
): Map<string, Option> {
  const placed = new Map<string, Option>();

  const cells = new Map<number, Box[]>();
  // A number per cell (offset to stay positive) is cheaper than a string key.
  const cellKeys = (box: Box) => {
    const keys: number[] = [];
    const x0 = Math.floor(box.x / cellSize) + 4096;
    const x1 = Math.floor((box.x + box.width) / cellSize) + 4096;
    const y0 = Math.floor(box.y / cellSize) + 4096;
    const y1 = Math.floor((box.y + box.height) / cellSize) + 4096;
    for (let cx = x0; cx <= x1; cx += 1) {
      for (let cy = y0; cy <= y1; cy += 1) keys.push(cx * 65536 + cy);
    }
    return keys;
  };

  const occupy = (box: Box) => {
    for (const key of cellKeys(box)) {
      const list = cells.get(key);
      if (list) list.push(box);
      else cells.set(key, [box]);
    }
  };
  obstacles.forEach(occupy);

  for (const request of requests) {
    for (const option of request.options) {
      const box = option.box;
      if (!inside(box, bounds)) continue;
      const padded = {
        x: box.x - gap,
        y: box.y - gap,
        width: box.width + 2 * gap,
        height: box.height + 2 * gap,
      };
      const keys = cellKeys(padded);
      if (keys.some((key) => cells.get(key)?.some((other) => intersects(padded, other)))) continue;
      occupy(box);
      placed.set(request.id, option);
      break;
    }
  }
  return placed;
}

/** Whether two boxes share any area. */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}
