export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One way to show a label: the box it would take. */
export interface LabelOption {
  box: Box;
  /** More room the option takes, such as its leader's line: kept clear of other labels too. */
  reserve?: readonly Box[];
}

export interface LabelRequest<Option extends LabelOption> {
  id: string;
  /**
   * In order of preference: the full label first, then shorter ones. An iterable, so that a generator
   * can make the options one at a time, only as far as they are needed.
   */
  options: Iterable<Option>;
  /**
   * Options such that every option's box contains one of theirs (the shortest text in each place). When
   * none of them is free, no option is, and the request is given up after checking these alone.
   */
  minimal?: Iterable<LabelOption>;
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
  // A number per cell (offset to stay positive) is cheaper than a string key.
  const cells = new Map<number, Box[]>();
  const cell = (x: number) => Math.floor(x / cellSize) + 4096;

  const occupy = (box: Box) => {
    for (let cx = cell(box.x); cx <= cell(box.x + box.width); cx += 1) {
      for (let cy = cell(box.y); cy <= cell(box.y + box.height); cy += 1) {
        const list = cells.get(cx * 65536 + cy);
        if (list) list.push(box);
        else cells.set(cx * 65536 + cy, [box]);
      }
    }
  };
  obstacles.forEach(occupy);

  /** Whether `box`, grown by the gap, lies inside the bounds and clear of every placed box. */
  const isFree = (box: Box) => {
    if (!inside(box, bounds)) return false;
    const x0 = box.x - gap;
    const x1 = box.x + box.width + gap;
    const y0 = box.y - gap;
    const y1 = box.y + box.height + gap;
    for (let cx = cell(x0); cx <= cell(x1); cx += 1) {
      for (let cy = cell(y0); cy <= cell(y1); cy += 1) {
        for (const other of cells.get(cx * 65536 + cy) ?? []) {
          if (
            x0 < other.x + other.width &&
            other.x < x1 &&
            y0 < other.y + other.height &&
            other.y < y1
          )
            return false;
        }
      }
    }
    return true;
  };

  const isFreeOption = (option: LabelOption) =>
    isFree(option.box) && (option.reserve ?? []).every(isFree);

  for (const request of requests) {
    if (request.minimal && !some(request.minimal, isFreeOption)) continue;
    for (const option of request.options) {
      if (!isFreeOption(option)) continue;
      occupy(option.box);
      option.reserve?.forEach(occupy);
      placed.set(request.id, option);
      break;
    }
  }
  return placed;
}

function some<T>(values: Iterable<T>, test: (value: T) => boolean): boolean {
  for (const value of values) if (test(value)) return true;
  return false;
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
