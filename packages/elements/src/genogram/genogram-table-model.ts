/**
 * The genogram as rows of a table: one row per member the drawing shows (placeholders
 * included, as the drawing has them), in the drawing's reading order, with the
 * relationships the drawing draws — partnerships with their status at the drawing's
 * date, parentage with its kind, twins, bonds with their direction, households.
 *
 * Pure and locale-free, like the genogram model it reads: it takes only what
 * `buildGenogramModel` kept (members, and the ids of the lines it draws) and looks those
 * ids up in the same document, so the table can never say more than the picture shows.
 */
import type { BondQuality, FamilyDocument, ParentageKind, PartnershipStatus } from '@family-view/core';
import type { GenogramModel, MemberView } from './genogram-model.js';

/** A partnership's status at the drawing's date; `not-started` while time travel is before its first entry. */
export type PartnerStatus = PartnershipStatus | 'not-started';

/** Who did it to whom: `towards` — this member towards the other; `from` — the other towards this member. */
export type BondDirection = 'mutual' | 'towards' | 'from';

export interface GenogramTableRow {
  member: MemberView;
  /** Others in the same households; `inHousehold` tells "on their own" from "no household drawn". */
  livesWith: MemberView[];
  inHousehold: boolean;
  partners: Array<{ member: MemberView; status: PartnerStatus }>;
  parents: Array<{ member: MemberView; kind: ParentageKind }>;
  children: Array<{ member: MemberView; kind: ParentageKind }>;
  twins: Array<{ member: MemberView; identical: boolean }>;
  bonds: Array<{ member: MemberView; quality: BondQuality; direction: BondDirection }>;
}

export interface GenogramTable {
  rows: GenogramTableRow[];
}

function emptyRow(member: MemberView): GenogramTableRow {
  return { member, livesWith: [], inHousehold: false, partners: [], parents: [], children: [], twins: [], bonds: [] };
}

/** Generation by generation, left to right: the order the drawing reads in. */
function readingOrder(a: MemberView, b: MemberView): number {
  return a.generation - b.generation || a.x - b.x;
}

/**
 * The rows of the genogram table. `document` must be the one `model` was built from (the
 * redacted document, moved to the shown date): relationships are taken from it only where
 * the model draws them.
 */
export function buildGenogramTable(document: FamilyDocument, model: GenogramModel): GenogramTable {
  const rows = new Map<string, GenogramTableRow>();
  for (const member of [...model.members].sort(readingOrder)) rows.set(member.id, emptyRow(member));
  // Both ends must be drawn: a record whose other end the drawing lacks says nothing here either.
  const pair = (a: string, b: string): [GenogramTableRow, GenogramTableRow] | undefined => {
    const first = rows.get(a);
    const second = rows.get(b);
    return first && second && first !== second ? [first, second] : undefined;
  };

  const partnerships = new Map((document.partnerships ?? []).map((p) => [p.id, p] as const));
  for (const couple of model.couples) {
    // An implied couple (two parents, no partnership recorded) shows in each child's parents.
    const partnership = couple.partnershipId === undefined ? undefined : partnerships.get(couple.partnershipId);
    const ends = partnership && pair(partnership.partners[0], partnership.partners[1]);
    if (!ends || couple.style === 'implied') continue;
    const [a, b] = ends;
    a.partners.push({ member: b.member, status: couple.style });
    b.partners.push({ member: a.member, status: couple.style });
  }

  const parentage = new Map((document.parentage ?? []).map((p) => [p.id, p] as const));
  for (const line of model.parentage) {
    const record = parentage.get(line.id);
    const ends = record && pair(record.parent, record.child);
    if (!ends) continue;
    const [parent, child] = ends;
    child.parents.push({ member: parent.member, kind: line.kind });
    parent.children.push({ member: child.member, kind: line.kind });
  }

  const twins = new Map((document.twins ?? []).map((t) => [t.id, t] as const));
  for (const drawn of model.twins) {
    const members = (twins.get(drawn.id)?.members ?? []).map((id) => rows.get(id)).filter((row) => row !== undefined);
    for (const row of members) {
      for (const other of members) if (other !== row) row.twins.push({ member: other.member, identical: drawn.identical });
    }
  }

  const bonds = new Map((document.bonds ?? []).map((b) => [b.id, b] as const));
  for (const drawn of model.bonds) {
    const bond = bonds.get(drawn.id);
    const ends = bond && pair(bond.between[0], bond.between[1]);
    if (!bond || !ends) continue;
    const [a, b] = ends;
    // Directed qualities are drawn with an arrow; the table names a direction only where the
    // document gives one (`from`), rather than the drawing's default of the first member.
    const from = drawn.arrow !== undefined && bond.from !== undefined && bond.between.includes(bond.from) ? bond.from : undefined;
    a.bonds.push({ member: b.member, quality: drawn.quality, direction: from === undefined ? 'mutual' : from === a.member.id ? 'towards' : 'from' });
    b.bonds.push({ member: a.member, quality: drawn.quality, direction: from === undefined ? 'mutual' : from === b.member.id ? 'towards' : 'from' });
  }

  const households = new Map((document.households ?? []).map((h) => [h.id, h] as const));
  for (const drawn of model.households) {
    const members = (households.get(drawn.id)?.members ?? []).map((id) => rows.get(id)).filter((row) => row !== undefined);
    for (const row of members) {
      row.inHousehold = true;
      for (const other of members) if (other !== row && !row.livesWith.includes(other.member)) row.livesWith.push(other.member);
    }
  }

  const byReadingOrder = <T extends { member: MemberView }>(list: T[]) => list.sort((a, b) => readingOrder(a.member, b.member));
  for (const row of rows.values()) {
    byReadingOrder(row.partners);
    byReadingOrder(row.parents);
    byReadingOrder(row.children);
    byReadingOrder(row.twins);
    byReadingOrder(row.bonds);
    row.livesWith.sort(readingOrder);
  }
  return { rows: [...rows.values()] };
}
