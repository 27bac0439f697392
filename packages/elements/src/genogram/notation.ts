/**
 * The genogram notation in use (McGoldrick / GenoPro conventions): which symbol a member
 * gets, which line style a relationship gets, and the legend entries they add.
 * Pure and locale-free; wording lives in the templates.
 */

import type { BondQuality, Gender, MemberKind, PartnershipStatus } from '@family-view/core';

/**
 * The base shape of a symbol. Persons by gender; pregnancies by outcome. A stillbirth is
 * a small gender symbol with an X, so it carries the gender's shape. A placeholder (a
 * member redaction hid, drawn only to connect others) has a neutral dashed shape of its own.
 */
export type SymbolShape =
  | Gender
  | 'pregnancy'
  | 'miscarriage'
  | 'abortion'
  | `stillbirth-${Gender}`
  | 'placeholder';

/** A drawable symbol: base shape plus the deceased X and the index double outline. */
export interface SymbolVariant {
  shape: SymbolShape;
  deceased: boolean;
  index: boolean;
}

/** How a couple line is drawn: a status at the date, or implied (two parents, no partnership recorded). */
export type CoupleStyle = PartnershipStatus | 'implied' | 'not-started';

/** Every notation element the legend can explain, in legend order. */
export const LEGEND_ORDER = [
  'symbol:male',
  'symbol:female',
  'symbol:other',
  'symbol:unknown',
  'symbol:index',
  'symbol:deceased',
  'symbol:pregnancy',
  'symbol:miscarriage',
  'symbol:abortion',
  'symbol:stillbirth',
  'symbol:placeholder',
  'couple:dating',
  'couple:engaged',
  'couple:cohabiting',
  'couple:married',
  'couple:separated',
  'couple:divorced',
  'couple:widowed',
  'couple:implied',
  'couple:not-started',
  'parentage:biological',
  'parentage:adoptive',
  'parentage:foster',
  'parentage:step',
  'parentage:guardian-only',
  'twins:fraternal',
  'twins:identical',
  'household',
  'bond:close',
  'bond:fused',
  'bond:distant',
  'bond:conflict',
  'bond:hostile',
  'bond:cutoff',
  'bond:violence',
  'bond:abuse',
  'bond:neglect',
] as const;

export type LegendKey = (typeof LEGEND_ORDER)[number];

/** Bonds drawn with an arrow towards the one it is done to (from `from`). */
export const DIRECTED_BONDS: ReadonlySet<BondQuality> = new Set<BondQuality>(['violence', 'abuse', 'neglect']);

export function symbolShapeOf(kind: MemberKind | undefined, gender: Gender): SymbolShape {
  switch (kind ?? 'person') {
    case 'pregnancy':
      return 'pregnancy';
    case 'miscarriage':
      return 'miscarriage';
    case 'abortion':
      return 'abortion';
    case 'stillbirth':
      return `stillbirth-${gender}`;
    default:
      return gender;
  }
}

/** Pregnancy losses are drawn by their own symbols; the deceased X applies to persons only. */
export function isLoss(shape: SymbolShape): boolean {
  return shape === 'miscarriage' || shape === 'abortion' || shape.startsWith('stillbirth-');
}

/** A stable token for a variant, used in element ids and class names. */
export function variantToken(variant: SymbolVariant): string {
  return `${variant.shape}${variant.deceased ? '-deceased' : ''}${variant.index ? '-index' : ''}`;
}

/** ISO date strings compare as text; a partial date counts from its first day ("2019" ≤ "2019-01-01"). */
export function startedBy(start: string | undefined, date: string): boolean {
  return start === undefined || start <= date;
}

/** The status at `date`: the last history entry started by then (entries are in time order). */
export function partnershipStatusAt(
  history: ReadonlyArray<{ status: PartnershipStatus; start?: string }>,
  date: string,
): PartnershipStatus | undefined {
  let status: PartnershipStatus | undefined;
  for (const entry of history) {
    if (startedBy(entry.start, date)) status = entry.status;
  }
  return status;
}

export function legendKeysForSymbol(variant: SymbolVariant): LegendKey[] {
  const keys: LegendKey[] = [];
  const { shape } = variant;
  if (shape.startsWith('stillbirth-')) keys.push('symbol:stillbirth');
  else keys.push(`symbol:${shape}` as LegendKey);
  if (variant.deceased) keys.push('symbol:deceased');
  if (variant.index) keys.push('symbol:index');
  return keys;
}
