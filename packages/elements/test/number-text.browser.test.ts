/**
 * `roundedText` writes exactly what `String(Math.round(v * 10 ** places) / 10 ** places)`
 * writes — only faster — in the engine that draws: property tests over doubles of every
 * size and over the halves, the negative zeros and the ends of its fast range.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { roundedText } from '../src/number-text.js';
import { describe, it } from './helpers.js';

const reference = (v: number, places: 0 | 1 | 2) => String(Math.round(v * 10 ** places) / 10 ** places);
const placesArbitrary = fc.constantFrom<0 | 1 | 2>(0, 1, 2);

describe('roundedText', () => {
  it('writes what String() writes for the rounded number, for any double', () => {
    fc.assert(
      fc.property(fc.double(), placesArbitrary, (v, places) => roundedText(v, places) === reference(v, places)),
      { numRuns: 20_000 },
    );
  });

  it('writes what String() writes for drawing coordinates, halves and small fractions included', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000 + 0.0005),
      fc.integer({ min: -2_000, max: 2_000 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(coordinate, placesArbitrary, (v, places) => roundedText(v, places) === reference(v, places)),
      { numRuns: 20_000 },
    );
  });

  it('handles the edges: zeros, tiny negatives, the 32-bit limits, non-finite values', () => {
    const edges = [0, -0, -0.04, -0.004, 0.05, -0.05, 0.005, -0.005, 0.25, -0.25, -12.25, 12.35, 1.005, 99.995,
      214748364.7, -214748364.7, 214748364.8, -214748364.8, 21474836.47, 21474836.48, 2147483647, 2147483648, -2147483648,
      1e21, -1e21, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, Number.NaN];
    const mismatches = edges.flatMap((v) =>
      ([0, 1, 2] as const).filter((places) => roundedText(v, places) !== reference(v, places)).map((places) => `${v}@${places}: ${roundedText(v, places)}`),
    );
    expect(mismatches.join('; ')).to.equal('');
    expect(roundedText(-0.04, 1)).to.equal('0');
    expect(roundedText(-0.06, 1)).to.equal('-0.1');
    expect(roundedText(-0.05, 2)).to.equal('-0.05');
    expect(roundedText(3.1, 2)).to.equal('3.1');
  });
});
