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
  /** Full-sibling group of each member (same parents); -1 without parents. */
  siblingGroupOf: Int32Array;
}

/** Rank of a parentage kind when choosing which couple a child hangs from (lower first). */
export const kindRank: Record<ParentageKind, number> = {
  biological: 0,
  adoptive: 1,
  foster: 2,
  'guardian-only': 3,
  step: 4,
};

/** The key of an implied couple: both ids, in string order. */
function impliedCoupleKey(a: number, b: number, ids: readonly string[]): string {
  const x = ids[a]!;
  const y = ids[b]!;
  return x <= y ? `implied:${x}\u0000${y}` : `implied:${y}\u0000${x}`;
}

/** One number per unordered pair of members (numbers are cheaper Map keys than strings). */
export function memberPair(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}

/** The earliest non-empty start in a partnership's history, or ''. */
function earliestStart(history: ReadonlyArray<{ start?: string }> | undefined): string {
  let earliest = '';
  for (const h of history ?? []) {
    const start = h.start ?? '';
    if (start !== '' && (earliest === '' || start < earliest)) earliest = start;
  }
  return earliest;
}

export function buildFamilyGraph(input: GenogramInput): FamilyGraph {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const birth: string[] = [];
  // Indexed loops, not for…of, over anything per member: see assignX.
  for (let i = 0; i < input.members.length; i++) {
    const m = input.members[i]!;
    if (indexOf.has(m.id)) continue; // duplicate ids are a validation error; draw the first
    indexOf.set(m.id, ids.length);
    ids.push(m.id);
    birth.push(m.birthDate ?? '');
  }
  const n = ids.length;
  const parentsOf: ParentLink[][] = new Array<ParentLink[]>(n);
  const childrenOf: number[][] = new Array<number[]>(n);
  for (let m = 0; m < n; m++) {
    parentsOf[m] = [];
    childrenOf[m] = [];
  }
  const parentage = input.parentage ?? [];
  for (let i = 0; i < parentage.length; i++) {
    const p = parentage[i]!;
    const parent = indexOf.get(p.parent);
    const child = indexOf.get(p.child);
    if (parent === undefined || child === undefined || parent === child) continue;
    if (hasLink(parentsOf[child]!, parent, p.id)) continue;
    parentsOf[child]!.push({ parentageId: p.id, parent, kind: p.kind });
    if (!childrenOf[parent]!.includes(child)) childrenOf[parent]!.push(child);
  }

  const couples: Couple[] = [];
  const coupleByPair = new Map<number, Couple>();
  const partnerships = input.partnerships ?? [];
  for (let i = 0; i < partnerships.length; i++) {
    const p = partnerships[i]!;
    const a = indexOf.get(p.partners[0] ?? '');
    const b = indexOf.get(p.partners[1] ?? '');
    if (a === undefined || b === undefined || a === b) continue;
    const couple: Couple = { key: `p:${p.id}`, partnershipId: p.id, a, b, start: earliestStart(p.history), order: couples.length };
    couples.push(couple);
    const pair = memberPair(a, b, n);
    if (!coupleByPair.has(pair)) coupleByPair.set(pair, couple);
  }
  // Two parents of the same kind class with no partnership recorded still share a line.
  for (let child = 0; child < n; child++) {
    const links = parentsOf[child]!;
    if (links.length < 2) continue;
    const sorted = inKindOrder(links) ? links : [...links].sort((x, y) => kindRank[x.kind] - kindRank[y.kind]);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const x = sorted[i]!;
      const y = sorted[i + 1]!;
      if (kindRank[x.kind] !== kindRank[y.kind] || x.kind === 'step') continue;
      if (x.parent === y.parent) continue;
      const pair = memberPair(x.parent, y.parent, n);
      if (coupleByPair.has(pair)) continue;
      const couple: Couple = { key: impliedCoupleKey(x.parent, y.parent, ids), a: x.parent, b: y.parent, start: '', order: couples.length };
      couples.push(couple);
      coupleByPair.set(pair, couple);
    }
  }
  const couplesOf: number[][] = new Array<number[]>(n);
  for (let m = 0; m < n; m++) couplesOf[m] = [];
  for (let i = 0; i < couples.length; i++) {
    couplesOf[couples[i]!.a]!.push(i);
    couplesOf[couples[i]!.b]!.push(i);
  }

  const { clusterOf, clusters } = clusterMembers(n, couples, childrenOf);
  const siblingGroupOf = siblingGroups(parentsOf);
  return { ids, indexOf, birth, parentsOf, childrenOf, couples, couplesOf, clusterOf, clusters, siblingGroupOf };
}

/** Whether the links are already sorted by kind (most are): sorting would only copy them. */
function inKindOrder(links: readonly ParentLink[]): boolean {
  for (let i = 1; i < links.length; i++) if (kindRank[links[i]!.kind] < kindRank[links[i - 1]!.kind]) return false;
  return true;
}

function hasLink(links: readonly ParentLink[], parent: number, parentageId: string): boolean {
  for (let i = 0; i < links.length; i++) if (links[i]!.parent === parent && links[i]!.parentageId === parentageId) return true;
  return false;
}

/**
 * Numbers the full-sibling groups: members whose parents are the same (as a multiset, so a
 * parent linked twice differs from once) share a number; -1 for members without parents.
 */
function siblingGroups(parentsOf: readonly ParentLink[][]): Int32Array {
  const n = parentsOf.length;
  const groupOf = new Int32Array(n).fill(-1);
  // One or two parents (nearly everyone) get a numeric key; more fall back to a string.
  const byNumber = new Map<number, number>();
  const byString = new Map<string, number>();
  let groups = 0;
  for (let m = 0; m < n; m++) {
    const links = parentsOf[m]!;
    if (links.length === 0) continue;
    let group: number | undefined;
    if (links.length <= 2) {
      const p = links[0]!.parent;
      const key = links.length === 1 ? p : n + memberPair(p, links[1]!.parent, n);
      group = byNumber.get(key);
      if (group === undefined) byNumber.set(key, (group = groups++));
    } else {
      const key = links
        .map((l) => l.parent)
        .sort((a, b) => a - b)
        .join(',');
      group = byString.get(key);
      if (group === undefined) byString.set(key, (group = groups++));
    }
    groupOf[m] = group;
  }
  return groupOf;
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
  for (let i = 0; i < couples.length; i++) {
    const c = couples[i]!;
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
  const clusterOfRoot = new Int32Array(n).fill(-1);
  const clusters: number[][] = [];
  for (let i = 0; i < n; i++) {
    const root = clusterOf[i]!;
    let c = clusterOfRoot[root]!;
    if (c === -1) {
      c = clusters.length;
      clusterOfRoot[root] = c;
      clusters.push([]);
    }
    clusters[c]!.push(i);
    clusterOf[i] = c;
  }
  return { clusterOf, clusters };
}

/** Whether parentage, seen between row clusters (named by their root member), has a cycle. */
function hasClusterCycle(n: number, clusterOf: readonly number[], childrenOf: readonly number[][]): boolean {
  // Edges from each root, in compressed rows: edgeStart[r]..edgeStart[r + 1] in edgeTo.
  const edgeStart = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const from = clusterOf[p]!;
    const children = childrenOf[p]!;
    for (let i = 0; i < children.length; i++) {
      const to = clusterOf[children[i]!]!;
      if (from === to) return true;
      edgeStart[from + 1]!++;
      indegree[to]!++;
    }
  }
  for (let r = 0; r < n; r++) edgeStart[r + 1]! += edgeStart[r]!;
  const edgeTo = new Int32Array(edgeStart[n]!);
  const fill = edgeStart.slice(0, n);
  for (let p = 0; p < n; p++) {
    const from = clusterOf[p]!;
    const children = childrenOf[p]!;
    for (let i = 0; i < children.length; i++) edgeTo[fill[from]!++] = clusterOf[children[i]!]!;
  }
  // Kahn's algorithm over the roots: a cycle leaves some never freed.
  const queue: number[] = [];
  let roots = 0;
  for (let r = 0; r < n; r++) {
    if (clusterOf[r] !== r) continue;
    roots++;
    if (indegree[r] === 0) queue.push(r);
  }
  let seen = 0;
  while (queue.length > 0) {
    const c = queue.pop()!;
    seen++;
    for (let e = edgeStart[c]!; e < edgeStart[c + 1]!; e++) {
      const d = edgeTo[e]!;
      if (--indegree[d]! === 0) queue.push(d);
    }
  }
  return seen !== roots;
}
