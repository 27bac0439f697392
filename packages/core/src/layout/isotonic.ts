/**
 * Places blocks on a line as close as possible to where each wants to be, keeping their
 * order and a minimum distance between neighbours: weighted least squares under order
 * constraints, solved exactly in O(n) by pool-adjacent-violators.
 *
 * Block i wants its left edge at `desired[i]`; block i+1 must start at least
 * `minAdvance[i]` after block i starts (its width plus the gap).
 */
export function placeInOrder(desired: readonly number[], weights: readonly number[], minAdvance: readonly number[]): number[] {
  const n = desired.length;
  // Shift each block by the total advance before it: the constraint becomes y[i] <= y[i+1].
  const offset = new Array<number>(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    offset[i] = total;
    total += minAdvance[i] ?? 0;
  }
  const poolWeight: number[] = [];
  const poolSum: number[] = [];
  const poolSize: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = weights[i] ?? 1;
    poolWeight.push(w);
    poolSum.push(w * ((desired[i] ?? 0) - (offset[i] ?? 0)));
    poolSize.push(1);
    // Merge while the last pool would sit left of the one before it.
    while (poolWeight.length > 1) {
      const last = poolWeight.length - 1;
      const meanLast = poolSum[last]! / poolWeight[last]!;
      const meanPrev = poolSum[last - 1]! / poolWeight[last - 1]!;
      if (meanPrev <= meanLast) break;
      poolWeight[last - 1]! += poolWeight[last]!;
      poolSum[last - 1]! += poolSum[last]!;
      poolSize[last - 1]! += poolSize[last]!;
      poolWeight.pop();
      poolSum.pop();
      poolSize.pop();
    }
  }
  const result = new Array<number>(n);
  let i = 0;
  for (let p = 0; p < poolWeight.length; p++) {
    const mean = poolSum[p]! / poolWeight[p]!;
    for (let k = 0; k < poolSize[p]!; k++, i++) result[i] = mean + offset[i]!;
  }
  return result;
}
