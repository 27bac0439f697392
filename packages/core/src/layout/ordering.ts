import type { FamilyGraph } from './family-graph.js';

export interface RowOrder {
  /** Clusters of each row, left to right. */
  rows: number[][];
  /** Members of each cluster, left to right. */
  memberOrder: number[][];
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

/**
 * Orders members within their cluster: the member with most partners first, then
 * partners by the start of the partnership (earliest first), each followed by their
 * own other partners. `entry` is the member through whom the cluster was reached, so
 * that a married-in partner's own family can go to the right.
 */
function orderCluster(graph: FamilyGraph, cluster: readonly number[], entry: number | undefined): number[] {
  if (cluster.length === 1) return [cluster[0]!];
  const partnerCount = (m: number) => graph.couplesOf[m]!.length;
  let hub = entry ?? cluster[0]!;
  for (const m of cluster) if (partnerCount(m) > partnerCount(hub)) hub = m;
  const placed = new Set<number>();
  const result: number[] = [];
  const visit = (m: number) => {
    placed.add(m);
    result.push(m);
    const partners = graph.couplesOf[m]!
      .map((ci) => graph.couples[ci]!)
      .sort((x, y) => (x.start === y.start ? x.order - y.order : x.start === '' ? 1 : y.start === '' ? -1 : x.start < y.start ? -1 : 1))
      .map((c) => (c.a === m ? c.b : c.a));
    for (const p of partners) if (!placed.has(p) && graph.clusterOf[p] === graph.clusterOf[m]) visit(p);
  };
  visit(hub);
  for (const m of cluster) if (!placed.has(m)) visit(m); // only when a union was split
  return result;
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
  const memberOrder: number[][] = new Array(clusterCount);
  const visited = new Array<boolean>(clusterCount).fill(false);
  const rowCount = clusterCount === 0 ? 0 : Math.max(...generation) + 1;
  const draft: number[][] = Array.from({ length: rowCount }, () => []);
  const compareBirth = byBirth(graph);
  const deferred: Array<{ cluster: number; entry: number }> = [];

  const parentClustersOf = (cluster: number) => {
    const result: Array<{ cluster: number; entry: number }> = [];
    for (const m of memberOrder[cluster]!) {
      for (const link of graph.parentsOf[m]!) result.push({ cluster: graph.clusterOf[link.parent]!, entry: link.parent });
    }
    return result;
  };

  const visitDown = (start: number, startEntry: number | undefined) => {
    // Iterative depth-first walk: families thousands deep must not overflow the stack.
    const stack: Array<{ cluster: number; entry: number | undefined }> = [{ cluster: start, entry: startEntry }];
    while (stack.length > 0) {
      const { cluster, entry } = stack.pop()!;
      if (visited[cluster]) continue;
      visited[cluster] = true;
      memberOrder[cluster] = orderCluster(graph, graph.clusters[cluster]!, entry);
      draft[generation[cluster]!]!.push(cluster);
      for (const p of parentClustersOf(cluster)) if (!visited[p.cluster]) deferred.push(p);
      const position = new Map(memberOrder[cluster]!.map((m, i) => [m, i]));
      const children: Array<{ child: number; at: number }> = [];
      const seen = new Set<number>();
      for (const m of memberOrder[cluster]!) {
        for (const child of graph.childrenOf[m]!) {
          if (seen.has(child)) continue;
          seen.add(child);
          // Children of a couple sit under the middle of its two partners.
          const inCluster = graph.parentsOf[child]!.map((l) => position.get(l.parent)).filter((i): i is number => i !== undefined);
          children.push({ child, at: inCluster.reduce((s, i) => s + i, 0) / inCluster.length });
        }
      }
      children.sort((x, y) => x.at - y.at || compareBirth(x.child, y.child));
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i]!.child;
        stack.push({ cluster: graph.clusterOf[child]!, entry: child });
      }
    }
  };

  let deferredHead = 0; // a moving head: Array.shift() would make this quadratic
  const drainDeferred = () => {
    while (deferredHead < deferred.length) {
      const next = deferred[deferredHead++]!;
      if (!visited[next.cluster]) visitDown(topAncestor(next.cluster), undefined);
    }
  };
  // Start above the index person, so their line of descent is drawn first (leftmost).
  const topAncestor = (cluster: number): number => {
    let current = cluster;
    for (let guard = 0; guard < clusterCount; guard++) {
      const up = parentClustersOf2(current).find((c) => !visited[c]);
      if (up === undefined) return current;
      current = up;
    }
    return current;
  };
  const parentClustersOf2 = (cluster: number) => {
    const out: number[] = [];
    for (const m of graph.clusters[cluster]!) for (const link of graph.parentsOf[m]!) out.push(graph.clusterOf[link.parent]!);
    return out;
  };

  if (indexMember !== undefined) {
    visitDown(topAncestor(graph.clusterOf[indexMember]!), undefined);
    drainDeferred();
  }
  const roots = [...Array(clusterCount).keys()].sort((x, y) => generation[x]! - generation[y]! || x - y);
  for (const c of roots) {
    if (visited[c]) continue;
    visitDown(topAncestor(c), undefined);
    drainDeferred();
  }

  const rows = draft.map((row) => sortSiblingsByBirth(graph, row, compareBirth));
  return { rows, memberOrder };
}

/**
 * Stable topological sort of one row: full siblings (children of the same parents)
 * must appear oldest first; otherwise keep the draft order. Constraints that contradict
 * each other (two sibling groups married across in opposite orders) are dropped.
 */
function sortSiblingsByBirth(graph: FamilyGraph, row: readonly number[], compareBirth: (a: number, b: number) => number): number[] {
  const draftIndex = new Map(row.map((c, i) => [c, i]));
  const groups = new Map<string, number[]>();
  for (const cluster of row) {
    for (const m of graph.clusters[cluster]!) {
      const parents = graph.parentsOf[m]!.map((l) => l.parent).sort((a, b) => a - b);
      if (parents.length === 0) continue;
      const key = parents.join(',');
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(m);
    }
  }
  const successors = new Map<number, Set<number>>();
  const indegree = new Map<number, number>(row.map((c) => [c, 0]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort(compareBirth);
    for (let i = 0; i + 1 < members.length; i++) {
      const from = graph.clusterOf[members[i]!]!;
      const to = graph.clusterOf[members[i + 1]!]!;
      if (from === to) continue;
      if (!successors.has(from)) successors.set(from, new Set());
      const set = successors.get(from)!;
      if (set.has(to)) continue;
      set.add(to);
      indegree.set(to, indegree.get(to)! + 1);
    }
  }
  if (successors.size === 0) return [...row];

  const heap = new MinHeap();
  for (const c of row) if (indegree.get(c) === 0) heap.push(draftIndex.get(c)!);
  const result: number[] = [];
  const placed = new Set<number>();
  while (result.length < row.length) {
    let nextIndex = heap.pop();
    if (nextIndex === undefined) {
      // A contradiction: release the leftmost unplaced cluster regardless.
      nextIndex = row.findIndex((c) => !placed.has(c));
    }
    const cluster = row[nextIndex]!;
    if (placed.has(cluster)) continue;
    placed.add(cluster);
    result.push(cluster);
    for (const next of successors.get(cluster) ?? []) {
      const left = indegree.get(next)! - 1;
      indegree.set(next, left);
      if (left === 0 && !placed.has(next)) heap.push(draftIndex.get(next)!);
    }
  }
  return result;
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
