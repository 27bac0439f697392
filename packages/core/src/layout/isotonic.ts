/**
 * Places blocks on a line as close as possible to where each wants to be, keeping their
 * order and a minimum distance between neighbours: weighted least squares under order
 * constraints, solved exactly in O(n) by pool-adjacent-violators.
 *
 * Block i wants its left edge at `desired[i]` with weight `weights[i]`; block i+1 must
 * start at least `minAdvance[i]` after block i starts (its width plus the gap). The
 * placer keeps its scratch buffers between calls: layout calls it once per row and pass.
 */
export class OrderedPlacer {
  private offset = new Float64Array(0);
  private poolWeight = new Float64Array(0);
  private poolSum = new Float64Array(0);
  private poolSize = new Int32Array(0);

  /** Writes the left edges of the first `count` blocks to `result`. */
  place(count: number, desired: ArrayLike<number>, weights: ArrayLike<number>, minAdvance: ArrayLike<number>, result: Float64Array): void {
    this.reserve(count);
    const { offset, poolWeight, poolSum, poolSize } = this;
    // Shift each block by the total advance before it: the constraint becomes y[i] <= y[i+1].
    let total = 0;
    for (let i = 0; i < count; i++) {
      offset[i] = total;
      total += minAdvance[i]!;
    }
    let pools = 0;
    for (let i = 0; i < count; i++) {
      const w = weights[i]!;
      poolWeight[pools] = w;
      poolSum[pools] = w * (desired[i]! - offset[i]!);
      poolSize[pools] = 1;
      pools++;
      // Merge while the last pool would sit left of the one before it.
      while (pools > 1) {
        const last = pools - 1;
        const meanLast = poolSum[last]! / poolWeight[last]!;
        const meanPrev = poolSum[last - 1]! / poolWeight[last - 1]!;
        if (meanPrev <= meanLast) break;
        poolWeight[last - 1]! += poolWeight[last]!;
        poolSum[last - 1]! += poolSum[last]!;
        poolSize[last - 1]! += poolSize[last]!;
        pools--;
      }
    }
    let i = 0;
    for (let p = 0; p < pools; p++) {
      const mean = poolSum[p]! / poolWeight[p]!;
      for (let k = 0; k < poolSize[p]!; k++, i++) result[i] = mean + offset[i]!;
    }
  }

  private reserve(count: number): void {
    if (this.offset.length >= count) return;
    this.offset = new Float64Array(count);
    this.poolWeight = new Float64Array(count);
    this.poolSum = new Float64Array(count);
    this.poolSize = new Int32Array(count);
  }
}
