/**
 * A small seeded PRNG (mulberry32) for deterministic synthetic data: the same seed gives
 * the same sequence on every platform. Not for cryptography.
 */

/** mulberry32: a 32-bit state generator returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience helpers over one mulberry32 stream. */
export class Prng {
  private readonly next: () => number;

  constructor(seed: number) {
    // Mix the seed so that nearby seeds (1, 2, 3 …) start far apart.
    let h = (seed ^ 0x9e3779b9) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    this.next = mulberry32((h ^ (h >>> 16)) >>> 0);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** A float in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('Prng.pick: empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** One element, chosen by weight; `weights` pairs each value with a non-negative weight. */
  weighted<T>(weights: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i]![1];
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]![1];
      if (r < 0) return weights[i]![0];
    }
    return weights[weights.length - 1]![0];
  }

  /** Up to `k` distinct elements, in random order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = list.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i]!;
      copy[i] = copy[j]!;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  /** Shuffles in place (Fisher–Yates) and returns the list. */
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = list[i]!;
      list[i] = list[j]!;
      list[j] = tmp;
    }
    return list;
  }
}
