import { assignX } from './coordinates.js';
import { buildFamilyGraph, kindRank, memberPair, type Couple, type FamilyGraph, type GenogramInput } from './family-graph.js';
import { assignGenerations } from './generations.js';
import type {
  GenogramLayout,
  GenogramLayoutOptions,
  PlacedBond,
  PlacedCouple,
  PlacedHousehold,
  PlacedMember,
  PlacedParentageLine,
  PlacedSibship,
  PlacedTwinFork,
  Point,
} from './genogram-layout-types.js';
import { convexHull } from './hull.js';
import { orderRows, sortIfUnsorted } from './ordering.js';

export type { GenogramInput } from './family-graph.js';

const DEFAULTS = { symbolSize: 40, horizontalSpacing: 110, rowSpacing: 150 };
/** Couple lines run just below the symbols, at most this many steps apart. */
const COUPLE_DROP = 10;
const COUPLE_STEP = 7;
const MAX_COUPLE_DEPTH = 2;
/** Height of the two label lines under a symbol. */
const LABEL_HEIGHT = 32;
const SIBLING_BAR_ABOVE = 22;
const HOUSEHOLD_PADDING = 12;

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Lays out a genogram: generations on rows, partners side by side on one row (several
 * partners ordered by start date), full siblings left to right by birth, both partners'
 * ancestry, nobody drawn twice, no overlapping symbols. Pure and deterministic; time
 * grows near-linearly with the family's size.
 */
export function layoutGenogram(input: GenogramInput, options: GenogramLayoutOptions = {}): GenogramLayout {
  const symbolSize = options.symbolSize ?? DEFAULTS.symbolSize;
  const spacing = options.horizontalSpacing ?? DEFAULTS.horizontalSpacing;
  const rowSpacing = options.rowSpacing ?? DEFAULTS.rowSpacing;
  const half = symbolSize / 2;
  const labelOffset = half + COUPLE_DROP + COUPLE_STEP * MAX_COUPLE_DEPTH + 6;

  const graph = buildFamilyGraph(input);
  const generationOfCluster = assignGenerations(graph);
  const indexId = input.members.find((m) => m.index === true)?.id;
  const order = orderRows(graph, generationOfCluster, indexId === undefined ? undefined : graph.indexOf.get(indexId));
  const xs = assignX(graph, order, { horizontal: spacing, familyGap: spacing * 0.3 });

  const n = graph.ids.length;
  const generation = new Int32Array(n);
  const pos: Positions = { x: new Float64Array(n), y: new Float64Array(n) };
  const members: PlacedMember[] = new Array<PlacedMember>(n);
  for (let m = 0; m < n; m++) {
    const g = generationOfCluster[graph.clusterOf[m]!]!;
    generation[m] = g;
    pos.x[m] = round(xs[m]!);
    pos.y[m] = g * rowSpacing;
    members[m] = { id: graph.ids[m]!, x: pos.x[m]!, y: pos.y[m]!, generation: g };
  }

  const clusterIndex = new Int32Array(n);
  for (const ms of order.memberOrder) if (ms) for (let i = 0; i < ms.length; i++) clusterIndex[ms[i]!] = i;
  const couples = graph.couples.map((c) => placeCouple(graph, c, pos, clusterIndex, half));
  // The first couple of each pair of members: the one children hang from.
  const coupleOfPair = new Map<number, number>();
  for (let i = 0; i < graph.couples.length; i++) {
    const pair = memberPair(graph.couples[i]!.a, graph.couples[i]!.b, n);
    if (!coupleOfPair.has(pair)) coupleOfPair.set(pair, i);
  }

  const { sibships, parentageLines, twins } = placeChildren(graph, input, pos, generation, rowSpacing, couples, coupleOfPair, half, spacing);
  const households = placeHouseholds(graph, input, pos, half, labelOffset);
  const bonds = placeBonds(graph, input, pos);

  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let m = 0; m < n; m++) {
    include(box, pos.x[m]! - spacing / 2, pos.y[m]! - half);
    include(box, pos.x[m]! + spacing / 2, pos.y[m]! + labelOffset + LABEL_HEIGHT);
  }
  for (const h of households) for (const p of h.polygon) include(box, p.x, p.y);
  for (const b of bonds) include(box, b.control.x, b.control.y);
  if (n === 0) box.minX = box.minY = box.maxX = box.maxY = 0;

  return {
    minX: round(box.minX),
    minY: round(box.minY),
    width: round(box.maxX - box.minX),
    height: round(box.maxY - box.minY),
    symbolSize,
    horizontalSpacing: spacing,
    labelOffset,
    members,
    couples,
    sibships,
    parentageLines,
    twins,
    households,
    bonds,
  };
}

/** Member centres, by member number (rounded x, row y). */
interface Positions {
  x: Float64Array;
  y: Float64Array;
}

function include(box: { minX: number; minY: number; maxX: number; maxY: number }, x: number, y: number): void {
  box.minX = Math.min(box.minX, x);
  box.maxX = Math.max(box.maxX, x);
  box.minY = Math.min(box.minY, y);
  box.maxY = Math.max(box.maxY, y);
}

function placeCouple(graph: FamilyGraph, c: Couple, pos: Positions, clusterIndex: Int32Array, half: number): PlacedCouple {
  const aIsLeft = pos.x[c.a]! <= pos.x[c.b]!;
  const left = aIsLeft ? c.a : c.b;
  const right = aIsLeft ? c.b : c.a;
  const sameCluster = graph.clusterOf[c.a] === graph.clusterOf[c.b];
  const between = sameCluster ? Math.abs(clusterIndex[c.a]! - clusterIndex[c.b]!) - 1 : 0;
  const depth = Math.min(MAX_COUPLE_DEPTH, Math.max(0, between));
  const y = Math.max(pos.y[c.a]!, pos.y[c.b]!) + half + COUPLE_DROP + depth * COUPLE_STEP;
  const placed: PlacedCouple = {
    key: c.key,
    a: graph.ids[left]!,
    b: graph.ids[right]!,
    x1: pos.x[left]!,
    x2: pos.x[right]!,
    y: round(y),
    depth,
  };
  if (c.partnershipId !== undefined) placed.partnershipId = c.partnershipId;
  return placed;
}

/** Where a couple's children hang from: the middle, or beside the right partner when others stand between. */
function coupleAnchor(placed: PlacedCouple, spacing: number): Point {
  const x = placed.depth > 0 ? placed.x2 - spacing / 2 : (placed.x1 + placed.x2) / 2;
  return { x: round(x), y: placed.y };
}

/**
 * For each child, what it hangs from: a couple (`couple[child]` ≥ 0, parents `parentA`
 * and `parentB`) or a single parent (`couple[child]` = -1, `parentA`); -2 without parents.
 */
interface Hangs {
  couple: Int32Array;
  parentA: Int32Array;
  parentB: Int32Array;
}

/** Pass 1: choose, for each child, the couple (or single parent) it hangs from. */
function chooseHangs(graph: FamilyGraph, coupleOfPair: Map<number, number>): Hangs {
  const n = graph.ids.length;
  const hangs: Hangs = { couple: new Int32Array(n).fill(-2), parentA: new Int32Array(n).fill(-1), parentB: new Int32Array(n).fill(-1) };
  for (let child = 0; child < n; child++) {
    const links = graph.parentsOf[child]!;
    if (links.length === 0) continue;
    let bestScore = Infinity;
    for (let i = 0; i < links.length; i++) {
      for (let j = i + 1; j < links.length; j++) {
        const couple = coupleOfPair.get(memberPair(links[i]!.parent, links[j]!.parent, n));
        if (couple === undefined) continue;
        const score = Math.max(kindRank[links[i]!.kind], kindRank[links[j]!.kind]) * 100 + i + j;
        if (score >= bestScore) continue;
        bestScore = score;
        hangs.couple[child] = couple;
        hangs.parentA[child] = links[i]!.parent;
        hangs.parentB[child] = links[j]!.parent;
      }
    }
    if (bestScore === Infinity) {
      // The first link of the most direct kind.
      let primary = links[0]!;
      for (const l of links) if (kindRank[l.kind] < kindRank[primary.kind]) primary = l;
      hangs.couple[child] = -1;
      hangs.parentA[child] = primary.parent;
    }
  }
  return hangs;
}

/** A sibship while it is being built: its children by member number. */
interface SibshipDraft {
  placed: PlacedSibship;
  members: number[];
}

function placeChildren(
  graph: FamilyGraph,
  input: GenogramInput,
  pos: Positions,
  generation: Int32Array,
  rowSpacing: number,
  couples: readonly PlacedCouple[],
  coupleOfPair: Map<number, number>,
  half: number,
  spacing: number,
) {
  const n = graph.ids.length;
  const hangs = chooseHangs(graph, coupleOfPair);
  const anchorOfCouple = new Array<Point | undefined>(couples.length);
  const anchorOf = (child: number): Point => {
    const couple = hangs.couple[child]!;
    if (couple >= 0) return (anchorOfCouple[couple] ??= coupleAnchor(couples[couple]!, spacing));
    const p = hangs.parentA[child]!;
    return { x: pos.x[p]!, y: pos.y[p]! + half };
  };

  // Sibships are keyed by what the children hang from and their row's y (as text, so
  // that rows which coincide — rowSpacing 0 — share one, like couples with the same key).
  const rowKey = rowKeys(generation, rowSpacing);
  const keyOfCouple = new Map<string, number>();
  const coupleKeyNumber = graph.couples.map((c) => {
    let k = keyOfCouple.get(c.key);
    if (k === undefined) keyOfCouple.set(c.key, (k = keyOfCouple.size));
    return k;
  });
  const rowCount = rowKey.length;
  const sibshipOf = new Map<number, SibshipDraft>();
  const drafts: SibshipDraft[] = [];
  for (let child = 0; child < n; child++) {
    const couple = hangs.couple[child]!;
    if (couple === -2) continue;
    const what = couple >= 0 ? coupleKeyNumber[couple]! : keyOfCouple.size + hangs.parentA[child]!;
    const key = what * rowCount + rowKey[generation[child]!]!;
    let sib = sibshipOf.get(key);
    if (!sib) {
      sib = { placed: newSibship(graph, hangs, child, anchorOf(child), pos.y[child]!, half), members: [] };
      sibshipOf.set(key, sib);
      drafts.push(sib);
    }
    sib.members.push(child);
  }

  const { twins, forkX } = placeTwins(graph, input, pos, drafts, half);
  const parentageLines: PlacedParentageLine[] = [];
  for (let child = 0; child < n; child++) {
    if (hangs.couple[child] === -2) continue;
    const cx = pos.x[child]!;
    const cy = pos.y[child]!;
    const anchor = anchorOf(child);
    const top = { x: cx, y: cy - half };
    const barY = round(cy - half - SIBLING_BAR_ABOVE);
    const fx = forkX.get(child) ?? cx;
    const links = graph.parentsOf[child]!;
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const viaCouple = link.parent === hangs.parentA[child] || link.parent === hangs.parentB[child];
      let points: Point[];
      if (viaCouple) {
        points = [anchor, { x: anchor.x, y: barY }, { x: fx, y: barY }, top];
      } else {
        // Another parent (a step-parent, a foster carer…) gets a line of its own.
        const px = pos.x[link.parent]!;
        const midY = round(barY - 10);
        points = [{ x: px, y: pos.y[link.parent]! + half }, { x: px, y: midY }, { x: round(cx + 6), y: midY }, { x: round(cx + 6), y: top.y }];
      }
      parentageLines.push({ parentageId: link.parentageId, kind: link.kind, parent: graph.ids[link.parent]!, child: graph.ids[child]!, points, viaCouple });
    }
  }
  const sibships = drafts.map((d) => {
    d.placed.barX1 = round(d.placed.barX1);
    d.placed.barX2 = round(d.placed.barX2);
    return d.placed;
  });
  return { sibships, parentageLines, twins };
}

/** For each generation, the first generation whose row y reads the same (usually itself). */
function rowKeys(generation: Int32Array, rowSpacing: number): number[] {
  let rowCount = 0;
  for (const g of generation) rowCount = Math.max(rowCount, g + 1);
  const firstWithText = new Map<string, number>();
  const keys: number[] = [];
  for (let g = 0; g < rowCount; g++) {
    const text = `${g * rowSpacing}`;
    if (!firstWithText.has(text)) firstWithText.set(text, g);
    keys.push(firstWithText.get(text)!);
  }
  return keys;
}

function newSibship(graph: FamilyGraph, hangs: Hangs, firstChild: number, anchor: Point, rowY: number, half: number): PlacedSibship {
  const couple = hangs.couple[firstChild]!;
  const parentA = graph.ids[hangs.parentA[firstChild]!]!;
  const key = couple >= 0 ? `${graph.couples[couple]!.key}@${rowY}` : `single:${parentA}@${rowY}`;
  // Key order as drawn before: children and coupleKey come last.
  const placed: PlacedSibship = {
    key,
    parents: couple >= 0 ? [parentA, graph.ids[hangs.parentB[firstChild]!]!] : [parentA],
    anchor,
    barY: round(rowY - half - SIBLING_BAR_ABOVE),
    barX1: anchor.x,
    barX2: anchor.x,
    children: [],
  };
  if (couple >= 0) placed.coupleKey = graph.couples[couple]!.key;
  return placed;
}

/**
 * Sorts each sibship's children left to right, forks twins from one point on their
 * sibling bar (or, without a common sibship, above them) and stretches each bar over
 * its children. Returns the forks and the fork x of each twin.
 */
function placeTwins(graph: FamilyGraph, input: GenogramInput, pos: Positions, drafts: readonly SibshipDraft[], half: number) {
  const twinOf = new Map<number, { id: string; identical: boolean; members: number[] }>();
  for (const t of input.twins ?? []) {
    const ms: number[] = [];
    for (const id of t.members) {
      const m = graph.indexOf.get(id);
      if (m !== undefined) ms.push(m);
    }
    for (const m of ms) if (!twinOf.has(m)) twinOf.set(m, { id: t.id, identical: t.identical === true, members: ms });
  }
  const twins: PlacedTwinFork[] = [];
  const forkX = new Map<number, number>();
  const byX = (a: number, b: number) => pos.x[a]! - pos.x[b]!;
  const topOf = (m: number): Point => ({ x: pos.x[m]!, y: pos.y[m]! - half });
  for (const { placed: sib, members } of drafts) {
    sortIfUnsorted(members, byX);
    sib.children = members.map((m) => graph.ids[m]!);
    if (twinOf.size > 0) {
      const seenTwins = new Set<string>();
      for (const m of members) {
        const t = twinOf.get(m);
        if (!t || seenTwins.has(t.id)) continue;
        const inSib = t.members.filter((tm) => members.includes(tm));
        if (inSib.length < 2) continue;
        seenTwins.add(t.id);
        const fx = round(inSib.reduce((s, tm) => s + pos.x[tm]!, 0) / inSib.length);
        for (const tm of inSib) forkX.set(tm, fx);
        twins.push(twinFork(t.id, t.identical, { x: fx, y: sib.barY }, inSib.map(topOf)));
      }
    }
    for (const m of members) {
      const x = forkX.get(m) ?? pos.x[m]!;
      sib.barX1 = Math.min(sib.barX1, x);
      sib.barX2 = Math.max(sib.barX2, x);
    }
  }
  // Twins without a common sibship (no parents drawn) still fork from one point above them.
  for (const [m, t] of twinOf) {
    if (forkX.has(m) || t.members[0] !== m) continue;
    const row = t.members.filter((tm) => pos.y[tm] === pos.y[m]);
    if (row.length < 2) continue;
    const fx = round(row.reduce((s, tm) => s + pos.x[tm]!, 0) / row.length);
    for (const tm of row) forkX.set(tm, fx);
    twins.push(twinFork(t.id, t.identical, { x: fx, y: pos.y[m]! - half - SIBLING_BAR_ABOVE }, row.map(topOf)));
  }
  return { twins, forkX };
}

function twinFork(twinsId: string, identical: boolean, fork: Point, ends: Point[]): PlacedTwinFork {
  const placed: PlacedTwinFork = { twinsId, identical, fork, ends };
  if (identical && ends.length >= 2) {
    const along = (end: Point): Point => ({ x: round(fork.x + (end.x - fork.x) * 0.45), y: round(fork.y + (end.y - fork.y) * 0.45) });
    placed.bar = [along(ends[0]!), along(ends[1]!)];
  }
  return placed;
}

function placeHouseholds(graph: FamilyGraph, input: GenogramInput, pos: Positions, half: number, labelOffset: number): PlacedHousehold[] {
  const result: PlacedHousehold[] = [];
  const pad = half + HOUSEHOLD_PADDING;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const h of input.households ?? []) {
    // The four corners of each member's box (symbol and labels).
    xs.length = ys.length = 0;
    for (const id of h.members) {
      const m = graph.indexOf.get(id);
      if (m === undefined) continue;
      const x = pos.x[m]!;
      const y = pos.y[m]!;
      const top = y - pad;
      const bottom = y + labelOffset + LABEL_HEIGHT + HOUSEHOLD_PADDING / 2;
      xs.push(x - pad, x + pad, x - pad, x + pad);
      ys.push(top, top, bottom, bottom);
    }
    if (xs.length === 0) continue;
    result.push({ householdId: h.id, polygon: convexHull(xs, ys).map((i) => ({ x: round(xs[i]!), y: round(ys[i]!) })) });
  }
  return result;
}

function placeBonds(graph: FamilyGraph, input: GenogramInput, pos: Positions): PlacedBond[] {
  const result: PlacedBond[] = [];
  for (const b of input.bonds ?? []) {
    const [first, second] = b.between;
    const fromId = b.from !== undefined && b.between.includes(b.from) ? b.from : first;
    const toId = fromId === first ? second : first;
    const from = graph.indexOf.get(fromId ?? '');
    const to = graph.indexOf.get(toId ?? '');
    if (from === undefined || to === undefined) continue;
    const p = { x: pos.x[from]!, y: pos.y[from]! };
    const q = { x: pos.x[to]!, y: pos.y[to]! };
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const length = Math.hypot(dx, dy) || 1;
    // Lift the curve off the straight family lines: above for a row, to the left otherwise.
    let nx = -dy / length;
    let ny = dx / length;
    if (ny > 0 || (ny === 0 && nx > 0)) {
      nx = -nx;
      ny = -ny;
    }
    const lift = Math.min(80, 20 + length * 0.15);
    result.push({
      bondId: b.id,
      from: p,
      to: q,
      control: { x: round((p.x + q.x) / 2 + nx * lift), y: round((p.y + q.y) / 2 + ny * lift) },
    });
  }
  return result;
}
