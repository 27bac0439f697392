import { assignX } from './coordinates.js';
import { buildFamilyGraph, kindRank, type Couple, type FamilyGraph, type GenogramInput } from './family-graph.js';
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
import { orderRows } from './ordering.js';

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
  const generation = graph.clusterOf.map((c) => generationOfCluster[c]!);
  const pos: Point[] = xs.map((x, m) => ({ x: round(x), y: generation[m]! * rowSpacing }));
  const members: PlacedMember[] = [];
  for (let m = 0; m < n; m++) members.push({ id: graph.ids[m]!, x: pos[m]!.x, y: pos[m]!.y, generation: generation[m]! });

  const clusterIndex = new Array<number>(n);
  order.memberOrder.forEach((ms) => ms?.forEach((m, i) => (clusterIndex[m] = i)));
  const couples = graph.couples.map((c) => placeCouple(graph, c, pos, clusterIndex, half));
  const coupleByMembers = new Map<string, { couple: Couple; placed: PlacedCouple }>();
  graph.couples.forEach((c, i) => {
    const key = pairKey(c.a, c.b);
    if (!coupleByMembers.has(key)) coupleByMembers.set(key, { couple: c, placed: couples[i]! });
  });

  const { sibships, parentageLines, twins } = placeChildren(graph, input, pos, coupleByMembers, half, spacing);
  const households = placeHouseholds(graph, input, pos, half, labelOffset);
  const bonds = placeBonds(graph, input, pos);

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const include = (x: number, y: number) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  for (const p of pos) {
    include(p.x - spacing / 2, p.y - half);
    include(p.x + spacing / 2, p.y + labelOffset + LABEL_HEIGHT);
  }
  for (const h of households) for (const p of h.polygon) include(p.x, p.y);
  for (const b of bonds) include(b.control.x, b.control.y);
  if (n === 0) minX = minY = maxX = maxY = 0;

  return {
    minX: round(minX),
    minY: round(minY),
    width: round(maxX - minX),
    height: round(maxY - minY),
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

function pairKey(a: number, b: number): string {
  return a < b ? `${a},${b}` : `${b},${a}`;
}

function placeCouple(graph: FamilyGraph, c: Couple, pos: readonly Point[], clusterIndex: readonly number[], half: number): PlacedCouple {
  const [left, right] = pos[c.a]!.x <= pos[c.b]!.x ? [c.a, c.b] : [c.b, c.a];
  const sameCluster = graph.clusterOf[c.a] === graph.clusterOf[c.b];
  const between = sameCluster ? Math.abs(clusterIndex[c.a]! - clusterIndex[c.b]!) - 1 : 0;
  const depth = Math.min(MAX_COUPLE_DEPTH, Math.max(0, between));
  const y = Math.max(pos[c.a]!.y, pos[c.b]!.y) + half + COUPLE_DROP + depth * COUPLE_STEP;
  const placed: PlacedCouple = {
    key: c.key,
    a: graph.ids[left]!,
    b: graph.ids[right]!,
    x1: pos[left]!.x,
    x2: pos[right]!.x,
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

function placeChildren(
  graph: FamilyGraph,
  input: GenogramInput,
  pos: readonly Point[],
  coupleByMembers: Map<string, { couple: Couple; placed: PlacedCouple }>,
  half: number,
  spacing: number,
) {
  const sibshipByKey = new Map<string, PlacedSibship & { members: number[] }>();
  const parentageLines: PlacedParentageLine[] = [];
  const twinOf = new Map<number, { id: string; identical: boolean; members: number[] }>();
  for (const t of input.twins ?? []) {
    const ms = t.members.map((id) => graph.indexOf.get(id)).filter((m): m is number => m !== undefined);
    for (const m of ms) if (!twinOf.has(m)) twinOf.set(m, { id: t.id, identical: t.identical === true, members: ms });
  }

  // Pass 1: choose, for each child, the couple (or single parent) it hangs from.
  const hang = new Array<{ sibKey: string; parents: number[]; anchor: Point; coupleKey?: string } | undefined>(graph.ids.length);
  for (let child = 0; child < graph.ids.length; child++) {
    const links = graph.parentsOf[child]!;
    if (links.length === 0) continue;
    let best: { score: number; a: number; b: number; entry: { couple: Couple; placed: PlacedCouple } } | undefined;
    for (let i = 0; i < links.length; i++) {
      for (let j = i + 1; j < links.length; j++) {
        const entry = coupleByMembers.get(pairKey(links[i]!.parent, links[j]!.parent));
        if (!entry) continue;
        const score = Math.max(kindRank[links[i]!.kind], kindRank[links[j]!.kind]) * 100 + i + j;
        if (!best || score < best.score) best = { score, a: links[i]!.parent, b: links[j]!.parent, entry };
      }
    }
    const row = pos[child]!.y;
    if (best) {
      hang[child] = {
        sibKey: `${best.entry.couple.key}@${row}`,
        parents: [best.a, best.b],
        anchor: coupleAnchor(best.entry.placed, spacing),
        coupleKey: best.entry.couple.key,
      };
    } else {
      const primary = [...links].sort((x, y) => kindRank[x.kind] - kindRank[y.kind])[0]!;
      const p = pos[primary.parent]!;
      hang[child] = { sibKey: `single:${graph.ids[primary.parent]}@${row}`, parents: [primary.parent], anchor: { x: p.x, y: p.y + half } };
    }
  }

  for (let child = 0; child < graph.ids.length; child++) {
    const h = hang[child];
    if (!h) continue;
    let sib = sibshipByKey.get(h.sibKey);
    if (!sib) {
      sib = {
        key: h.sibKey,
        parents: h.parents.map((p) => graph.ids[p]!),
        anchor: h.anchor,
        barY: round(pos[child]!.y - half - SIBLING_BAR_ABOVE),
        barX1: h.anchor.x,
        barX2: h.anchor.x,
        children: [],
        members: [],
      };
      if (h.coupleKey !== undefined) sib.coupleKey = h.coupleKey;
      sibshipByKey.set(h.sibKey, sib);
    }
    sib.members.push(child);
  }

  const twins: PlacedTwinFork[] = [];
  const forkX = new Map<number, number>();
  for (const sib of sibshipByKey.values()) {
    sib.members.sort((a, b) => pos[a]!.x - pos[b]!.x);
    sib.children = sib.members.map((m) => graph.ids[m]!);
    const seenTwins = new Set<string>();
    for (const m of sib.members) {
      const t = twinOf.get(m);
      if (!t || seenTwins.has(t.id)) continue;
      const inSib = t.members.filter((tm) => sib.members.includes(tm));
      if (inSib.length < 2) continue;
      seenTwins.add(t.id);
      const fx = round(inSib.reduce((s, tm) => s + pos[tm]!.x, 0) / inSib.length);
      for (const tm of inSib) forkX.set(tm, fx);
      twins.push(twinFork(t.id, t.identical, { x: fx, y: sib.barY }, inSib.map((tm) => ({ x: pos[tm]!.x, y: pos[tm]!.y - half }))));
    }
    for (const m of sib.members) {
      const x = forkX.get(m) ?? pos[m]!.x;
      sib.barX1 = Math.min(sib.barX1, x);
      sib.barX2 = Math.max(sib.barX2, x);
    }
  }
  // Twins without a common sibship (no parents drawn) still fork from one point above them.
  for (const [m, t] of twinOf) {
    if (forkX.has(m) || t.members[0] !== m) continue;
    const row = t.members.filter((tm) => pos[tm]!.y === pos[m]!.y);
    if (row.length < 2) continue;
    const fx = round(row.reduce((s, tm) => s + pos[tm]!.x, 0) / row.length);
    for (const tm of row) forkX.set(tm, fx);
    twins.push(twinFork(t.id, t.identical, { x: fx, y: pos[m]!.y - half - SIBLING_BAR_ABOVE }, row.map((tm) => ({ x: pos[tm]!.x, y: pos[tm]!.y - half }))));
  }

  for (let child = 0; child < graph.ids.length; child++) {
    const h = hang[child];
    if (!h) continue;
    const c = pos[child]!;
    const top = { x: c.x, y: c.y - half };
    const barY = round(c.y - half - SIBLING_BAR_ABOVE);
    const fx = forkX.get(child) ?? c.x;
    for (const link of graph.parentsOf[child]!) {
      const viaCouple = h.parents.includes(link.parent);
      let points: Point[];
      if (viaCouple) {
        points = [h.anchor, { x: h.anchor.x, y: barY }, { x: fx, y: barY }, top];
      } else {
        // Another parent (a step-parent, a foster carer…) gets a line of its own.
        const p = pos[link.parent]!;
        const midY = round(barY - 10);
        points = [{ x: p.x, y: p.y + half }, { x: p.x, y: midY }, { x: round(c.x + 6), y: midY }, { x: round(c.x + 6), y: top.y }];
      }
      parentageLines.push({ parentageId: link.parentageId, kind: link.kind, parent: graph.ids[link.parent]!, child: graph.ids[child]!, points, viaCouple });
    }
  }
  const sibships: PlacedSibship[] = [...sibshipByKey.values()].map(({ members: _members, ...rest }) => ({ ...rest, barX1: round(rest.barX1), barX2: round(rest.barX2) }));
  return { sibships, parentageLines, twins };
}

function twinFork(twinsId: string, identical: boolean, fork: Point, ends: Point[]): PlacedTwinFork {
  const placed: PlacedTwinFork = { twinsId, identical, fork, ends };
  if (identical && ends.length >= 2) {
    const along = (end: Point): Point => ({ x: round(fork.x + (end.x - fork.x) * 0.45), y: round(fork.y + (end.y - fork.y) * 0.45) });
    placed.bar = [along(ends[0]!), along(ends[1]!)];
  }
  return placed;
}

function placeHouseholds(graph: FamilyGraph, input: GenogramInput, pos: readonly Point[], half: number, labelOffset: number): PlacedHousehold[] {
  const result: PlacedHousehold[] = [];
  const pad = half + HOUSEHOLD_PADDING;
  for (const h of input.households ?? []) {
    const corners: Point[] = [];
    for (const id of h.members) {
      const m = graph.indexOf.get(id);
      if (m === undefined) continue;
      const p = pos[m]!;
      const top = p.y - pad;
      const bottom = p.y + labelOffset + LABEL_HEIGHT + HOUSEHOLD_PADDING / 2;
      corners.push({ x: p.x - pad, y: top }, { x: p.x + pad, y: top }, { x: p.x - pad, y: bottom }, { x: p.x + pad, y: bottom });
    }
    if (corners.length === 0) continue;
    result.push({ householdId: h.id, polygon: convexHull(corners).map((p) => ({ x: round(p.x), y: round(p.y) })) });
  }
  return result;
}

function placeBonds(graph: FamilyGraph, input: GenogramInput, pos: readonly Point[]): PlacedBond[] {
  const result: PlacedBond[] = [];
  for (const b of input.bonds ?? []) {
    const [first, second] = b.between;
    const fromId = b.from !== undefined && b.between.includes(b.from) ? b.from : first;
    const toId = fromId === first ? second : first;
    const from = graph.indexOf.get(fromId ?? '');
    const to = graph.indexOf.get(toId ?? '');
    if (from === undefined || to === undefined) continue;
    const p = pos[from]!;
    const q = pos[to]!;
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
      from: { x: p.x, y: p.y },
      to: { x: q.x, y: q.y },
      control: { x: round((p.x + q.x) / 2 + nx * lift), y: round((p.y + q.y) / 2 + ny * lift) },
    });
  }
  return result;
}
