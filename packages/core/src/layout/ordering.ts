import type { Couple, FamilyGraph } from './family-graph.js';

export interface RowOrder {
  /** Clusters of each row, left to right. */
  rows: number[][];
  /** Members of each cluster, left to right. */
  memberOrder: number[][];
}

/**
 * `list.sort(compare)`, skipped when the list is already in order — the common case in
 * layout (siblings mostly come in birth and x order) — which spares the copy the engine's
 * sort makes. A stable sort leaves an ordered list as it is; V8's sort starts with this
 * very run check, so even comparisons with NaN give the same result as `sort`.
 */
export function sortIfUnsorted<T>(list: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i]!, list[i - 1]!) < 0) {
      list.sort(compare);
      return;
    }
  }
}

/** Birth, then document order: the order siblings are drawn in, oldest on the left. */
function byBirth(graph: FamilyGraph) {
  return (x: number, y: number): number => {
    const bx = graph.birth[x]!;
    const by = graph.birth[y]!;
    if (bx !== by) {
      if (bx === '') return 1;
      if (by === '') return -1;
      // ISO partial dates sort correctly as strings ("1941" < "1941-05" < "1941-05-03").
      return bx < by ? -1 : 1;
    }
    return x - y;
  };
}

/** Partnership order: by start (undated last), then document order. */
function compareCouples(x: Couple, y: Couple): number {
  if (x.start === y.start) return x.order - y.order;
  if (x.start === '') return 1;
  if (y.start === '') return -1;
  return x.start < y.start ? -1 : 1;
}

/** m's partners, earliest partnership first. */
function partnersByStart(graph: FamilyGraph, m: number): number[] {
  const own = graph.couplesOf[m]!;
  const sorted = own.length < 2 ? own : own.slice().sort((x, y) => compareCouples(graph.couples[x]!, graph.couples[y]!));
  const partners = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const c = graph.couples[sorted[i]!]!;
    partners[i] = c.a === m ? c.b : c.a;
  }
  return partners;
}

/**
 * Orders members within their cluster: the member with most partners first, then
 * partners by the start of the partnership (earliest first), each followed by their
 * own other partners. `entry` (-1 for none) is the member through whom the cluster was
 * reached, so that a married-in partner's own family can go to the right. `placed` is
 * shared scratch, by member (every member belongs to one cluster).
 */
function orderCluster(graph: FamilyGraph, cluster: readonly number[], entry: number, placed: Uint8Array): number[] {
  if (cluster.length === 1) return [cluster[0]!];
  const partnerCount = (m: number) => graph.couplesOf[m]!.length;
  let hub = entry === -1 ? cluster[0]! : entry;
  for (const m of cluster) if (partnerCount(m) > partnerCount(hub)) hub = m;
  const result: number[] = [];
  visitPartners(graph, hub, placed, result);
  for (const m of cluster) if (placed[m] === 0) visitPartners(graph, m, placed, result); // only when a union was split
  return result;
}

function visitPartners(graph: FamilyGraph, m: number, placed: Uint8Array, result: number[]): void {
  placed[m] = 1;
  result.push(m);
  for (const p of partnersByStart(graph, m)) if (placed[p] === 0 && graph.clusterOf[p] === graph.clusterOf[m]) visitPartners(graph, p, placed, result);
}

/**
 * Left-to-right order of every row. A depth-first walk down from the oldest generation
 * lays out each family next to its parents; the family of a partner who married in is
 * visited afterwards, so it goes to the right instead of splitting their partner's
 * siblings. A final stable topological sort then puts full siblings in birth order
 * while moving as little as possible.
 */
export function orderRows(graph: FamilyGraph, generation: readonly number[], indexMember?: number): RowOrder {
  const clusterCount = graph.clusters.length;
  const n = graph.ids.length;
  const memberOrder: number[][] = new Array<number[]>(clusterCount);
  const visited = new Uint8Array(clusterCount);
  let rowCount = 0;
  for (const g of generation) rowCount = Math.max(rowCount, g + 1);
  const draft: number[][] = [];
  for (let r = 0; r < rowCount; r++) draft.push([]);
  const compareBirth = byBirth(graph);
  const placedMember = new Uint8Array(n);
  // Scratch by member, valid while its cluster is being visited (each cluster is visited once).
  const positionInCluster = new Int32Array(n);
  const seenFrom = new Int32Array(n).fill(-1);
  const childAt = new Float64Array(n);
  const byPositionThenBirth = (x: number, y: number) => childAt[x]! - childAt[y]! || compareBirth(x, y);
  // Parent clusters met on the way, to be visited (from their top) once this walk is done.
  const deferred: number[] = [];
  // Depth-first stack of (cluster, entry member or -1), as two arrays.
  const stackCluster: number[] = [];
  const stackEntry: number[] = [];

  const visitCluster = (cluster: number, entry: number) => {
    visited[cluster] = 1;
    const members = orderCluster(graph, graph.clusters[cluster]!, entry, placedMember);
    memberOrder[cluster] = members;
    draft[generation[cluster]!]!.push(cluster);
    for (let i = 0; i < members.length; i++) positionInCluster[members[i]!] = i;
    // Indexed loops, not for…of: see assignX.
    for (let i = 0; i < members.length; i++) {
      const links = graph.parentsOf[members[i]!]!;
      for (let j = 0; j < links.length; j++) {
        const p = graph.clusterOf[links[j]!.parent]!;
        if (visited[p] === 0) deferred.push(p);
      }
    }
    const children: number[] = [];
    for (let i = 0; i < members.length; i++) {
      const ofMember = graph.childrenOf[members[i]!]!;
      for (let j = 0; j < ofMember.length; j++) {
        const child = ofMember[j]!;
        if (seenFrom[child] === cluster) continue;
        seenFrom[child] = cluster;
        // Children of a couple sit under the middle of its two partners.
        let sum = 0;
        let count = 0;
        const links = graph.parentsOf[child]!;
        for (let k = 0; k < links.length; k++) {
          const parent = links[k]!.parent;
          if (graph.clusterOf[parent] !== cluster) continue;
          sum += positionInCluster[parent]!;
          count++;
        }
        childAt[child] = sum / count;
        children.push(child);
      }
    }
    sortIfUnsorted(children, byPositionThenBirth);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      stackCluster.push(graph.clusterOf[child]!);
      stackEntry.push(child);
    }
  };

  const visitDown = (start: number) => {
    // Iterative depth-first walk: families thousands deep must not overflow the stack.
    stackCluster.push(start);
    stackEntry.push(-1);
    while (stackCluster.length > 0) {
      const cluster = stackCluster.pop()!;
      const entry = stackEntry.pop()!;
      if (visited[cluster] === 0) visitCluster(cluster, entry);
    }
  };

  let deferredHead = 0; // a moving head: Array.shift() would make this quadratic
  const drainDeferred = () => {
    while (deferredHead < deferred.length) {
      const next = deferred[deferredHead++]!;
      if (visited[next] === 0) visitDown(topAncestor(next));
    }
  };
  // The first unvisited parent cluster of a cluster's members, or -1.
  const unvisitedParentCluster = (cluster: number) => {
    const members = graph.clusters[cluster]!;
    for (let i = 0; i < members.length; i++) {
      const links = graph.parentsOf[members[i]!]!;
      for (let j = 0; j < links.length; j++) {
        const p = graph.clusterOf[links[j]!.parent]!;
        if (visited[p] === 0) return p;
      }
    }
    return -1;
  };
  // Start above the index person, so their line of descent is drawn first (leftmost).
  const topAncestor = (cluster: number): number => {
    let current = cluster;
    for (let guard = 0; guard < clusterCount; guard++) {
      const up = unvisitedParentCluster(current);
      if (up === -1) return current;
      current = up;
    }
    return current;
  };

  if (indexMember !== undefined) {
    visitDown(topAncestor(graph.clusterOf[indexMember]!));
    drainDeferred();
  }
  // Then every other cluster, oldest generation first, in cluster order within one.
  const byGeneration: number[][] = [];
  for (let r = 0; r < rowCount; r++) byGeneration.push([]);
  for (let c = 0; c < clusterCount; c++) byGeneration[generation[c]!]!.push(c);
  for (let r = 0; r < rowCount; r++) {
    const clusters = byGeneration[r]!;
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      if (visited[c] === 1) continue;
      visitDown(topAncestor(c));
      drainDeferred();
    }
  }

  const siblings = new SiblingSort(graph, compareBirth);
  const rows = draft.map((row) => siblings.sortRow(row));
  return { rows, memberOrder };
}

/**
 * Stable topological sort of one row: full siblings (children of the same parents)
 * must appear oldest first; otherwise keep the draft order. Constraints that contradict
 * each other (two sibling groups married across in opposite orders) are dropped.
 * Scratch arrays are by cluster: every cluster is in exactly one row.
 */
class SiblingSort {
  private readonly draftIndex: Int32Array;
  private readonly indegree: Int32Array;
  private readonly placed: Uint8Array;
  private readonly successors: Array<number[] | undefined>;
  private readonly byGroupThenBirth: (x: number, y: number) => number;

  constructor(
    private readonly graph: FamilyGraph,
    compareBirth: (a: number, b: number) => number,
  ) {
    const clusterCount = graph.clusters.length;
    this.draftIndex = new Int32Array(clusterCount);
    this.indegree = new Int32Array(clusterCount);
    this.placed = new Uint8Array(clusterCount);
    this.successors = new Array<number[] | undefined>(clusterCount);
    const group = graph.siblingGroupOf;
    this.byGroupThenBirth = (x, y) => group[x]! - group[y]! || compareBirth(x, y);
  }

  sortRow(row: readonly number[]): number[] {
    const { graph, draftIndex, indegree, placed, successors } = this;
    // Members with parents, by sibling group and then birth: each group's consecutive
    // members must stay in that order.
    const withParents: number[] = [];
    for (let i = 0; i < row.length; i++) {
      const cluster = row[i]!;
      draftIndex[cluster] = i;
      const members = graph.clusters[cluster]!;
      for (let j = 0; j < members.length; j++) if (graph.siblingGroupOf[members[j]!]! >= 0) withParents.push(members[j]!);
    }
    withParents.sort(this.byGroupThenBirth);
    let edges = 0;
    for (let i = 0; i + 1 < withParents.length; i++) {
      const older = withParents[i]!;
      const younger = withParents[i + 1]!;
      if (graph.siblingGroupOf[older] !== graph.siblingGroupOf[younger]) continue;
      const from = graph.clusterOf[older]!;
      const to = graph.clusterOf[younger]!;
      if (from === to) continue;
      const list = (successors[from] ??= []);
      if (list.includes(to)) continue;
      list.push(to);
      indegree[to]!++;
      edges++;
    }
    if (edges === 0) return [...row];

    const heap = new MinHeap();
    for (let i = 0; i < row.length; i++) if (indegree[row[i]!] === 0) heap.push(i);
    const result: number[] = [];
    let firstUnplaced = 0; // only moves right: placed clusters stay placed
    while (result.length < row.length) {
      let nextIndex = heap.pop();
      if (nextIndex === undefined) {
        // A contradiction: release the leftmost unplaced cluster regardless.
        while (placed[row[firstUnplaced]!] === 1) firstUnplaced++;
        nextIndex = firstUnplaced;
      }
      const cluster = row[nextIndex]!;
      if (placed[cluster] === 1) continue;
      placed[cluster] = 1;
      result.push(cluster);
      const after = successors[cluster];
      for (let j = 0; after !== undefined && j < after.length; j++) {
        const next = after[j]!;
        const left = --indegree[next]!;
        if (left === 0 && placed[next] === 0) heap.push(draftIndex[next]!);
      }
    }
    return result;
  }
}

/** A small binary min-heap of numbers. */
class MinHeap {
  private items: number[] = [];
  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }
  pop(): number | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        let value = last;
        if (l < items.length && items[l]! < value) {
          smallest = l;
          value = items[l]!;
        }
        if (r < items.length && items[r]! < value) smallest = r;
        if (smallest === i) break;
        items[i] = items[smallest]!;
        i = smallest;
      }
      items[i] = last;
    }
    return top;
  }
}
