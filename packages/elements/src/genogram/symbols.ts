/**
 * Member symbols (McGoldrick / GenoPro notation) as SVG path data, centred on (0, 0):
 * - male: square · female: circle · other: diamond · unknown: rounded square with "?"
 * - deceased: an X across the symbol · index person: a double outline
 * - pregnancy: triangle · miscarriage (spontaneous): small filled circle ·
 *   abortion (induced): small X · stillbirth: small gender symbol with an X
 * - placeholder (someone not shared with the viewer): a rounded square, dashed by CSS
 *
 * One `<path>` per member (no `<use>` clones, no nested elements) keeps 1,600 members
 * fast. Outline colour comes from the member node's `color`, the inside from its `fill`.
 * Nothing here knows about ids, so the same symbols serve anonymous placeholders.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Gender } from '@family-view/core';
import { roundedText } from '../number-text.js';
import { variantToken, type SymbolShape, type SymbolVariant } from './notation.js';

const n = (v: number): string => roundedText(v, 2);

/** Where a symbol is centred: (0, 0) for the cached shapes, a member's place when drawn in place. */
interface Origin {
  x: number;
  y: number;
}

function square({ x, y }: Origin, h: number): string {
  return `M${n(x - h)} ${n(y - h)}H${n(x + h)}V${n(y + h)}H${n(x - h)}Z`;
}

function circle({ x, y }: Origin, r: number): string {
  return `M${n(x - r)} ${n(y)}A${n(r)} ${n(r)} 0 1 0 ${n(x + r)} ${n(y)}A${n(r)} ${n(r)} 0 1 0 ${n(x - r)} ${n(y)}Z`;
}

function diamond({ x, y }: Origin, h: number): string {
  // About the square's area, so it reads as the same size.
  const d = h * 1.25;
  return `M${n(x)} ${n(y - d)}L${n(x + d)} ${n(y)}L${n(x)} ${n(y + d)}L${n(x - d)} ${n(y)}Z`;
}

function roundedSquare({ x, y }: Origin, h: number): string {
  const r = h * 0.45;
  const a = `A${n(r)} ${n(r)} 0 0 1`;
  return `M${n(x - h + r)} ${n(y - h)}H${n(x + h - r)}${a} ${n(x + h)} ${n(y - h + r)}V${n(y + h - r)}${a} ${n(x + h - r)} ${n(
    y + h,
  )}H${n(x - h + r)}${a} ${n(x - h)} ${n(y + h - r)}V${n(y - h + r)}${a} ${n(x - h + r)} ${n(y - h)}Z`;
}

/** A "?" drawn with strokes: a hook, a stem and a dot (round caps make the dot). */
function questionMark({ x, y }: Origin, h: number): string {
  const s = h * 0.3;
  return `M${n(x - s)} ${n(y - s * 0.9)}A${n(s)} ${n(s)} 0 1 1 ${n(x)} ${n(y + s * 0.3)}V${n(y + s * 0.8)}M${n(x)} ${n(
    y + s * 1.55,
  )}V${n(y + s * 1.6)}`;
}

function cross({ x, y }: Origin, r: number): string {
  return `M${n(x - r)} ${n(y - r)}L${n(x + r)} ${n(y + r)}M${n(x + r)} ${n(y - r)}L${n(x - r)} ${n(y + r)}`;
}

function triangle({ x, y }: Origin, h: number): string {
  return `M${n(x)} ${n(y - h)}L${n(x + h)} ${n(y + h * 0.8)}L${n(x - h)} ${n(y + h * 0.8)}Z`;
}

function genderOutline(gender: Gender, at: Origin, h: number): string {
  switch (gender) {
    case 'male':
      return square(at, h);
    case 'female':
      return circle(at, h);
    case 'other':
      return diamond(at, h);
    case 'unknown':
      return roundedSquare(at, h);
  }
}

function outline(shape: SymbolShape, at: Origin, h: number): string {
  if (shape === 'pregnancy') return triangle(at, h);
  if (shape === 'miscarriage') return circle(at, h * 0.4);
  if (shape === 'abortion') return cross(at, h * 0.4);
  if (shape === 'placeholder') return roundedSquare(at, h * 0.8);
  if (shape.startsWith('stillbirth-')) return genderOutline(shape.slice('stillbirth-'.length) as Gender, at, h * 0.55);
  return genderOutline(shape as Gender, at, h);
}

function drawSymbol(variant: SymbolVariant, size: number, at: Origin): string {
  const h = size / 2;
  const { shape } = variant;
  return (
    (variant.index ? outline(shape, at, h + 5) : '') +
    outline(shape, at, h) +
    (shape === 'unknown' ? questionMark(at, h) : '') +
    (shape.startsWith('stillbirth-') ? cross(at, h * 0.7) : '') +
    (variant.deceased ? cross(at, h + 4) : '')
  );
}

const CENTRE: Origin = { x: 0, y: 0 };
const cache = new Map<string, string>();

/** Path data of one symbol variant at symbol size `size`, centred on (0, 0) (cached: members share it). */
export function symbolPath(variant: SymbolVariant, size: number): string {
  const key = `${variantToken(variant)}@${size}`;
  let d = cache.get(key);
  if (d === undefined) {
    d = drawSymbol(variant, size, CENTRE);
    cache.set(key, d);
  }
  return d;
}

/**
 * Path data of the symbol centred on (x, y). The zoomed-out genogram draws each member as
 * this one path with no `transform`: a transform costs the browser a paint property node
 * per member, which traced at about 15 ms of pre-paint, paint and layerize for 1,600.
 */
export function symbolPathAt(variant: SymbolVariant, size: number, x: number, y: number): string {
  return drawSymbol(variant, size, { x, y });
}

/** The symbol as a stand-alone path, e.g. for legend samples. */
export function symbolShape(variant: SymbolVariant, size: number): SVGTemplateResult {
  return svg`<path class="symbol" d=${symbolPath(variant, size)}></path>`;
}
