/**
 * Small pure geometry for drawing genogram lines as SVG path data. Every function
 * returns strings for `d` / `points` attributes; nothing here touches the DOM.
 */
import type { Point } from '@family-view/core';
import { roundedText } from '../number-text.js';

const fmt = (v: number): string => roundedText(v, 1);

// Plain loops, not map/join: a large family has tens of thousands of points to write.
export function polylinePoints(points: readonly Point[]): string {
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    out += `${i === 0 ? '' : ' '}${fmt(p.x)},${fmt(p.y)}`;
  }
  return out;
}

export function polylinePath(points: readonly Point[]): string {
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    out += `${i === 0 ? 'M' : ' L'}${fmt(p.x)} ${fmt(p.y)}`;
  }
  return out;
}

/** A quadratic Bézier curve from `start` to `end` bent towards `control`. */
export interface QuadCurve {
  start: Point;
  control: Point;
  end: Point;
}

export function curvePath(c: QuadCurve): string {
  return `M${fmt(c.start.x)} ${fmt(c.start.y)} Q${fmt(c.control.x)} ${fmt(c.control.y)} ${fmt(c.end.x)} ${fmt(c.end.y)}`;
}

export function pointOnCurve(c: QuadCurve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * c.start.x + 2 * u * t * c.control.x + t * t * c.end.x,
    y: u * u * c.start.y + 2 * u * t * c.control.y + t * t * c.end.y,
  };
}

/** Unit normal of the curve at `t` (left of the direction of travel). */
export function normalOnCurve(c: QuadCurve, t: number): Point {
  const u = 1 - t;
  const dx = 2 * u * (c.control.x - c.start.x) + 2 * t * (c.end.x - c.control.x);
  const dy = 2 * u * (c.control.y - c.start.y) + 2 * t * (c.end.y - c.control.y);
  const length = Math.hypot(dx, dy) || 1;
  return { x: -dy / length, y: dx / length };
}

/** The part of the curve between parameters `t0` and `t1`, as a curve of its own. */
export function subCurve(c: QuadCurve, t0: number, t1: number): QuadCurve {
  const start = pointOnCurve(c, t0);
  const end = pointOnCurve(c, t1);
  // The control point of the sub-curve is where the tangents at t0 and t1 meet:
  // a de Casteljau blossom evaluated at (t0, t1).
  const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  const control = lerp(lerp(c.start, c.control, t0), lerp(c.control, c.end, t0), t1);
  return { start, control, end };
}

export function chordLength(c: QuadCurve): number {
  return Math.hypot(c.end.x - c.start.x, c.end.y - c.start.y);
}

/** Shortens a centre-to-centre curve so that it starts and ends `margin` outside the symbols. */
export function trimCurve(c: QuadCurve, margin: number): QuadCurve {
  const length = chordLength(c);
  if (length <= margin * 2.5) return c;
  const t = margin / length;
  return subCurve(c, t, 1 - t);
}

/** The same curve moved sideways by `offset` (approximately parallel; fine for gentle curves). */
export function offsetCurve(c: QuadCurve, offset: number): QuadCurve {
  const n0 = normalOnCurve(c, 0);
  const nm = normalOnCurve(c, 0.5);
  const n1 = normalOnCurve(c, 1);
  return {
    start: { x: c.start.x + n0.x * offset, y: c.start.y + n0.y * offset },
    control: { x: c.control.x + nm.x * offset, y: c.control.y + nm.y * offset },
    end: { x: c.end.x + n1.x * offset, y: c.end.y + n1.y * offset },
  };
}

/** A zigzag that follows the curve: teeth every `step` units, `amplitude` either side. */
export function zigzagPath(c: QuadCurve, step = 8, amplitude = 4): string {
  const teeth = Math.max(4, Math.round(chordLength(c) / step));
  const points: Point[] = [c.start];
  for (let i = 1; i < teeth; i++) {
    const t = i / teeth;
    const p = pointOnCurve(c, t);
    const n = normalOnCurve(c, t);
    const side = i % 2 === 0 ? -amplitude : amplitude;
    points.push({ x: p.x + n.x * side, y: p.y + n.y * side });
  }
  points.push(c.end);
  return polylinePath(points);
}

/** A short bar across the curve at `t`, `half` units either side. */
export function crossBarPath(c: QuadCurve, t: number, half: number): string {
  const p = pointOnCurve(c, t);
  const n = normalOnCurve(c, t);
  return polylinePath([
    { x: p.x - n.x * half, y: p.y - n.y * half },
    { x: p.x + n.x * half, y: p.y + n.y * half },
  ]);
}

/** Slanted slashes across a horizontal line at `(x, y)`: one for separated, two for divorced. */
export function slashesPath(x: number, y: number, count: number, size = 7, gap = 5): string {
  const parts: string[] = [];
  const first = x - ((count - 1) * gap) / 2;
  for (let i = 0; i < count; i++) {
    const cx = first + i * gap;
    parts.push(`M${fmt(cx - size / 2)} ${fmt(y + size)} L${fmt(cx + size / 2)} ${fmt(y - size)}`);
  }
  return parts.join(' ');
}

/** A small upright cross on a horizontal line (the widowed mark). */
export function crossMarkPath(x: number, y: number, size = 6): string {
  return `M${fmt(x)} ${fmt(y - size)} L${fmt(x)} ${fmt(y + size * 0.6)} M${fmt(x - size * 0.6)} ${fmt(y - size * 0.35)} L${fmt(x + size * 0.6)} ${fmt(y - size * 0.35)}`;
}
