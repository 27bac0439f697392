/**
 * Convex hull (Andrew's monotone chain) of the points (xs[i], ys[i]): their indices,
 * counter-clockwise, without repeated points. Indices rather than point objects, so that
 * callers keep their coordinates in flat arrays.
 */
export function convexHull(xs: readonly number[], ys: readonly number[]): number[] {
  const sorted = byXThenY(xs, ys);
  if (sorted.length < 3) return sorted;
  const cross = (o: number, a: number, b: number) => (xs[a]! - xs[o]!) * (ys[b]! - ys[o]!) - (ys[a]! - ys[o]!) * (xs[b]! - xs[o]!);
  const lower: number[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: number[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return lower.concat(upper);
}

/**
 * Indices of the points by x, then y. Insertion sort: households have a few dozen corners,
 * for which it beats the engine's sort and allocates only the result.
 */
function byXThenY(xs: readonly number[], ys: readonly number[]): number[] {
  const sorted = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    let j = i;
    for (; j > 0; j--) {
      const before = sorted[j - 1]!;
      if ((xs[before]! - x || ys[before]! - y) <= 0) break;
      sorted[j] = before;
    }
    sorted[j] = i;
  }
  return sorted;
}
