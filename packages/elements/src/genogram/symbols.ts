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
import { variantToken, type SymbolShape, type SymbolVariant } from './notation.js';

const n = (v: number): string => String(Math.round(v * 100) / 100);

function square(h: number): string {
  return `M${n(-h)} ${n(-h)}H${n(h)}V${n(h)}H${n(-h)}Z`;
}

function circle(r: number): string {
  return `M${n(-r)} 0A${n(r)} ${n(r)} 0 1 0 ${n(r)} 0A${n(r)} ${n(r)} 0 1 0 ${n(-r)} 0Z`;
}

function diamond(h: number): string {
  // About the square's area, so it reads as the same size.
  const d = h * 1.25;
  return `M0 ${n(-d)}L${n(d)} 0L0 ${n(d)}L${n(-d)} 0Z`;
}

function roundedSquare(h: number): string {
  const r = h * 0.45;
  const a = `A${n(r)} ${n(r)} 0 0 1`;
  return `M${n(-h + r)} ${n(-h)}H${n(h - r)}${a} ${n(h)} ${n(-h + r)}V${n(h - r)}${a} ${n(h - r)} ${n(h)}H${n(-h + r)}${a} ${n(-h)} ${n(h - r)}V${n(-h + r)}${a} ${n(-h + r)} ${n(-h)}Z`;
}

/** A "?" drawn with strokes: a hook, a stem and a dot (round caps make the dot). */
function questionMark(h: number): string {
  const s = h * 0.3;
  return `M${n(-s)} ${n(-s * 0.9)}A${n(s)} ${n(s)} 0 1 1 0 ${n(s * 0.3)}V${n(s * 0.8)}M0 ${n(s * 1.55)}V${n(s * 1.6)}`;
}

function cross(r: number): string {
  return `M${n(-r)} ${n(-r)}L${n(r)} ${n(r)}M${n(r)} ${n(-r)}L${n(-r)} ${n(r)}`;
}

function triangle(h: number): string {
  return `M0 ${n(-h)}L${n(h)} ${n(h * 0.8)}L${n(-h)} ${n(h * 0.8)}Z`;
}

function genderOutline(gender: Gender, h: number): string {
  switch (gender) {
    case 'male':
      return square(h);
    case 'female':
      return circle(h);
    case 'other':
      return diamond(h);
    case 'unknown':
      return roundedSquare(h);
  }
}

function outline(shape: SymbolShape, h: number): string {
  if (shape === 'pregnancy') return triangle(h);
  if (shape === 'miscarriage') return circle(h * 0.4);
  if (shape === 'abortion') return cross(h * 0.4);
  if (shape === 'placeholder') return roundedSquare(h * 0.8);
  if (shape.startsWith('stillbirth-')) return genderOutline(shape.slice('stillbirth-'.length) as Gender, h * 0.55);
  return genderOutline(shape as Gender, h);
}

const cache = new Map<string, string>();

/** Path data of one symbol variant at symbol size `size` (cached: members share it). */
export function symbolPath(variant: SymbolVariant, size: number): string {
  const key = `${variantToken(variant)}@${size}`;
  let d = cache.get(key);
  if (d === undefined) {
    const h = size / 2;
    const { shape } = variant;
    d =
      (variant.index ? outline(shape, h + 5) : '') +
      outline(shape, h) +
      (shape === 'unknown' ? questionMark(h) : '') +
      (shape.startsWith('stillbirth-') ? cross(h * 0.7) : '') +
      (variant.deceased ? cross(h + 4) : '');
    cache.set(key, d);
  }
  return d;
}

/** The symbol as a stand-alone path, e.g. for legend samples. */
export function symbolShape(variant: SymbolVariant, size: number): SVGTemplateResult {
  return svg`<path class="symbol" d=${symbolPath(variant, size)}></path>`;
}
