export interface Point {
  x: number;
  y: number;
}

/**
 * Crossings between the links of two neighbouring layers: `targets[k]` lists the positions (in the lower
 * layer) that the k-th item of the upper layer links to. Bilayer cross counting as inversions of the
 * lower ends in upper-end order (Barth, Jünger & Mutzel 2004, "Simple and efficient bilayer cross
 * counting"), with a Fenwick tree in place of their accumulator tree: O(E log V).
 */
export function countLayerCrossings(targets: readonly (readonly number[])[], lowerSize: number): number {
  const tree = new Array<number>(lowerSize + 1).fill(0);
  let seen = 0;
  let crossings = 0;
  for (const list of targets) {
    const sorted = [...list].sort((a, b) => a - b);
    for (const position of sorted) {
      // links already placed that end to the right of this one cross it
      let atOrBefore = 0;
      for (let i = position + 1; i > 0; i -= i & -i) atOrBefore += tree[i]!;
      crossings += seen - atOrBefore;
    }
    for (const position of sorted) {
      for (let i = position + 1; i <= lowerSize; i += i & -i) tree[i]!++;
      seen++;
    }
  }
  return crossings;
}

interface Segment {
  a: Point;
  b: Point;
  line: number;
  minX: number;
  maxX: number;
}

const EPSILON = 1e-7;

function orientation(p: Point, q: Point, r: Point): number {
  const value = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return Math.abs(value) < EPSILON ? 0 : Math.sign(value);
}

/** True when the two segments cross at a point inside both (touching ends and overlaps do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * Counts the crossings between drawn polylines: every pair of segments from different lines that cross
 * properly counts once. The benchmark uses this same function for every layout engine it compares.
 */
export function countPolylineCrossings(lines: readonly (readonly Point[])[]): number {
  const segments: Segment[] = [];
  lines.forEach((points, line) => {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (a.x === b.x && a.y === b.y) continue;
      segments.push({ a, b, line, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x) });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length && segments[j]!.minX <= s.maxX; j++) {
      const t = segments[j]!;
      if (t.line !== s.line && segmentsCross(s.a, s.b, t.a, t.b)) crossings++;
    }
  }
  return crossings;
}
