/**
 * Strokes for relationship lines whose style is more than a dash pattern: bonds (double,
 * triple, zigzag, broken, arrowed) and the marks on couple lines (slashes, cross).
 * Dash patterns themselves live in CSS classes. Shared by the genogram and the legend.
 */
import {
  crossBarPath,
  crossMarkPath,
  curvePath,
  offsetCurve,
  slashesPath,
  subCurve,
  zigzagPath,
  type QuadCurve,
} from './geometry.js';
import type { BondQuality } from '@family-view/core';
import { DIRECTED_BONDS, type CoupleStyle } from './notation.js';

export interface BondStrokes {
  /** Visible strokes, styled by the bond's class. */
  paths: string[];
  /** Path carrying the arrowhead marker (drawn without a stroke), for directed bonds. */
  arrow?: string;
}

/** Strokes for a bond along `curve`, which runs from `from` (the doer, if any) to the other member. */
export function bondStrokes(quality: BondQuality, curve: QuadCurve): BondStrokes {
  const straight = curvePath(curve);
  const arrow = DIRECTED_BONDS.has(quality) ? straight : undefined;
  const withArrow = (paths: string[]): BondStrokes => (arrow === undefined ? { paths } : { paths, arrow });
  switch (quality) {
    case 'close':
      return { paths: [curvePath(offsetCurve(curve, -2.5)), curvePath(offsetCurve(curve, 2.5))] };
    case 'fused':
      return { paths: [curvePath(offsetCurve(curve, -4)), straight, curvePath(offsetCurve(curve, 4))] };
    case 'distant':
    case 'neglect':
      return withArrow([straight]);
    case 'conflict':
      return { paths: [zigzagPath(curve)] };
    case 'hostile':
      return { paths: [straight, zigzagPath(curve)] };
    case 'cutoff':
      return {
        paths: [
          curvePath(subCurve(curve, 0, 0.42)),
          curvePath(subCurve(curve, 0.58, 1)),
          crossBarPath(curve, 0.42, 6),
          crossBarPath(curve, 0.58, 6),
        ],
      };
    case 'violence':
      // Zigzag up to a straight end, so that the arrowhead points along the line.
      return withArrow([zigzagPath(subCurve(curve, 0, 0.82)), curvePath(subCurve(curve, 0.82, 1))]);
    case 'abuse':
      return withArrow([curvePath(offsetCurve(curve, -2.5)), curvePath(offsetCurve(curve, 2.5))]);
  }
}

/** Marks across a couple line at `(x, y)`: one slash = separated, two = divorced, a cross = widowed. */
export function coupleMarks(style: CoupleStyle, x: number, y: number): string | undefined {
  switch (style) {
    case 'separated':
      return slashesPath(x, y, 1);
    case 'divorced':
      return slashesPath(x, y, 2);
    case 'widowed':
      return crossMarkPath(x, y);
    default:
      return undefined;
  }
}
