/**
 * The family as a graph for layout: members by index, parentage both ways, couples
 * (recorded partnerships plus implied ones), and row clusters — members joined by
 * couple lines, who must share a row.
 */

export type ParentageKind = 'biological' | 'adoptive' | 'foster' | 'step' | 'guardian-only';

/** The part of a family document the layout reads (a FamilyDocument satisfies it). */
export interface GenogramInput {
  members: ReadonlyArray<{ id: string; birthDate?: string; index?: boolean }>;
  partnerships?: ReadonlyArray<{ id: string; partners: readonly string[]; history?: ReadonlyArray<{ start?: string }> }>;
  parentage?: ReadonlyArray<{ id: string; parent: string; child: string; kind: ParentageKind }>;
  twins?: ReadonlyArray<{ id: string; members: readonly string[]; identical?: boolean }>;
  bonds?: ReadonlyArray<{ id: string; between: readonly string[]; from?: string }>;
  households?: ReadonlyArray<{ id: string; members: readonly string[] }>;
}

export interface ParentLink {
  parentageId: string;
  parent: number;
  kind: ParentageKind;
}

export interface Couple {
  key: string;
  partnershipId?: string;
  a: number;
  b: number;
  /** Sort key: the earliest start in the partnership's history ('' sorts last). */
  start: string;
  order: number;
}

export interface FamilyGraph {
  ids: string[];
  indexOf: Map<string, number>;
  birth: string[];
  parentsOf: ParentLink[][];
  childrenOf: number[][];
  couples: Couple[];
  couplesOf: number[][];
  /** Cluster number of each member; members of a cluster share a row. */
  clusterOf: number[];
  clusters: number[][];
}

/** Rank of a parentage kind when choosing which couple a child hangs from (lower first). */
export const kindRank: Record<ParentageKind, number> = {
  biological: 0,
  adoptive: 1,
  foster: 2,
  'guardian-only': 3,
  step: 4,
};

function coupleKey(a: number, b: number, ids: readonly string[]): string {
  const [x, y] = [ids[a]!, ids[b]!].sort();
  return `${x}\u0000${y}`;
}

export function buildFamilyGraph(input: GenogramInput): FamilyGraph {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const birth: string[] = [];
  for (const m of input.members) {
    if (indexOf.has(m.id)) continue; // duplicate ids are a validation error; draw the first
    indexOf.set(m.id, ids.length);
    ids.push(m.id);
    birth.push(m.birthDate ?? '');
  }
  const n = ids.length;
  const parentsOf: ParentLink[][] = Array.from({ length: n }, () => []);
  const childrenOf: number[][] = Array.from({ length: n }, () => []);
  for (const p of input.parentage ?? []) {
    const parent = indexOf.get(p.parent);
    const child = indexOf.get(p.child);
    if (parent === undefined || child === undefined || parent === child) continue;
    if (parentsOf[child]!.some((l) => l.parent === parent && l.parentageId === p.id)) continue;
    parentsOf[child]!.push({ parentageId: p.id, parent, kind: p.kind });
    if (!childrenOf[parent]!.includes(child)) childrenOf[parent]!.push(child);
  }

  const couples: Couple[] = [];
  const coupleByKey = new Map<string, Couple>();
  for (const p of input.partnerships ?? []) {
    const a = indexOf.get(p.partners[0] ?? '');
    const b = indexOf.get(p.partners[1] ?? '');
    if (a === undefined || b === undefined || a === b) continue;
    const starts = (p.history ?? []).map((h) => h.start ?? '').filter((s) => s !== '');
    const start = starts.length > 0 ? starts.reduce((x, y) => (y < x ? y : x)) : '';
    const key = `p:${p.id}`;
    const couple: Couple = { key, partnershipId: p.id, a, b, start, order: couples.length };
    couples.push(couple);
    if (!coupleByKey.has(coupleKey(a, b, ids))) coupleByKey.set(coupleKey(a, b, ids), couple);
  }
  // Two parents of the same kind class with no partnership recorded still share a line.
  for (let child = 0; child < n; child++) {
    const links = parentsOf[child]!;
    if (links.length < 2) continue;
    const sorted = [...links].sort((x, y) => kindRank[x.kind] - kindRank[y.kind]);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const x = sorted[i]!;
      const y = sorted[i + 1]!;
      if (kindRank[x.kind] !== kindRank[y.kind] || x.kind === 'step') continue;
      if (x.parent === y.parent) continue;
      const k = coupleKey(x.parent, y.parent, ids);
      if (coupleByKey.has(k)) continue;
      const couple: Couple = { key: `implied:${k}`, a: x.parent, b: y.parent, start: '', order: couples.length };
      couples.push(couple);
      coupleByKey.set(k, couple);
    }
  }
  const couplesOf: number[][] = Array.from({ length: n }, () => []);
  couples.forEach((c, i) => {
    couplesOf[c.a]!.push(i);
    couplesOf[c.b]!.push(i);
  });

  const { clusterOf, clusters } = clusterMembers(n, couples, childrenOf);
  return { ids, indexOf, birth, parentsOf, childrenOf, couples, couplesOf, clusterOf, clusters };
}

/**
 * Joins partners into row clusters. A couple whose partners are ancestor and descendant
 * cannot share a row: such a union is skipped (the line is still drawn).
 */
function clusterMembers(n: number, couples: readonly Couple[], childrenOf: readonly number[][]) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  for (const c of couples) {
    const ra = find(c.a);
    const rb = find(c.b);
    if (ra === rb) continue;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  let clusterOf = Array.from({ length: n }, (_, i) => find(i));
  if (hasClusterCycle(n, clusterOf, childrenOf)) {
    // Rare, malformed-looking families (a partner who is also an ancestor): fall back to
    // one row cluster per member so that parents stay above children.
    clusterOf = Array.from({ length: n }, (_, i) => i);
  }
  const renumber = new Map<number, number>();
  const clusters: number[][] = [];
  for (let i = 0; i < n; i++) {
    const root = clusterOf[i]!;
    let c = renumber.get(root);
    if (c === undefined) {
      c = clusters.length;
      renumber.set(root, c);
      clusters.push([]);
    }
    clusters[c]!.push(i);
    clusterOf[i] = c;
  }
  return { clusterOf, clusters };
}

function hasClusterCycle(n: number, clusterOf: readonly number[], childrenOf: readonly number[][]): boolean {
  const indegree = new Map<number, number>();
  const edges = new Map<number, number[]>();
  for (let p = 0; p < n; p++) {
    for (const c of childrenOf[p]!) {
      const from = clusterOf[p]!;
      const to = clusterOf[c]!;
      if (from === to) return true;
      if (!edges.has(from)) edges.set(from, []);
      edges.get(from)!.push(to);
      indegree.set(to, (indegree.get(to) ?? 0) + 1);
    }
  }
  const roots = new Set(clusterOf);
  const queue = [...roots].filter((c) => !indegree.has(c));
  let seen = 0;
  while (queue.length > 0) {
    const c = queue.pop()!;
    seen++;
    for (const d of edges.get(c) ?? []) {
      const left = indegree.get(d)! - 1;
      indegree.set(d, left);
      if (left === 0) queue.push(d);
    }
  }
  return seen !== roots.size;
}
