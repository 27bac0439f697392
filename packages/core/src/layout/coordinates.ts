import type { FamilyGraph } from './family-graph.js';
import { placeInOrder } from './isotonic.js';
import type { RowOrder } from './ordering.js';

export interface Spacing {
  horizontal: number;
  /** Extra gap between clusters that are not children of the same parents. */
  familyGap: number;
}

const PASSES = 4;
/** How strongly a cluster with nobody to align to keeps its place. */
const FREE_WEIGHT = 0.01;

/**
 * x of every member. Each row keeps its order; clusters are slid along their row so that
 * children sit under their parents' couple line and parents over their children,
 * alternating downward and upward passes, each solved exactly per row.
 */
export function assignX(graph: FamilyGraph, order: RowOrder, spacing: Spacing): number[] {
  const n = graph.ids.length;
  const offset = new Array<number>(n).fill(0);
  const clusterLeft = new Array<number>(graph.clusters.length).fill(0);
  const s = spacing.horizontal;
  for (const members of order.memberOrder) members?.forEach((m, i) => (offset[m] = i * s));
  const width = (c: number) => (order.memberOrder[c]!.length - 1) * s;
  const x = (m: number) => clusterLeft[graph.clusterOf[m]!]! + offset[m]!;
  const parentKeys = graph.parentsOf.map((links) =>
    links
      .map((l) => l.parent)
      .sort((a, b) => a - b)
      .join(','),
  );
  const parentKey = (m: number) => parentKeys[m]!;

  const advances = order.rows.map((row) =>
    row.map((c, i) => {
      const next = row[i + 1];
      if (next === undefined) return 0;
      const lastOfThis = order.memberOrder[c]!.at(-1)!;
      const firstOfNext = order.memberOrder[next]![0]!;
      const sameFamily = parentKey(lastOfThis) !== '' && parentKey(lastOfThis) === parentKey(firstOfNext);
      return width(c) + s + (sameFamily ? 0 : spacing.familyGap);
    }),
  );
  for (let r = 0; r < order.rows.length; r++) {
    let left = 0;
    order.rows[r]!.forEach((c, i) => {
      clusterLeft[c] = left;
      left += advances[r]![i]!;
    });
  }

  // Where the children of a member hang from: the middle of the couple line (both
  // parents in the same cluster) or the single parent.
  const anchorX = (child: number) => {
    const parents = graph.parentsOf[child]!;
    if (parents.length === 0) return undefined;
    let sum = 0;
    for (const l of parents) sum += x(l.parent);
    return sum / parents.length;
  };

  const relax = (r: number, desiredFor: (c: number) => { at: number; weight: number } | undefined) => {
    const row = order.rows[r]!;
    const desired: number[] = [];
    const weights: number[] = [];
    for (const c of row) {
      const d = desiredFor(c);
      desired.push(d ? d.at : clusterLeft[c]!);
      weights.push(d ? d.weight : FREE_WEIGHT);
    }
    const placed = placeInOrder(desired, weights, advances[r]!);
    row.forEach((c, i) => (clusterLeft[c] = placed[i]!));
  };

  // Desired left edge of a cluster from its members' parents (sibling groups centred).
  const fromParents = (c: number) => {
    let sum = 0;
    let count = 0;
    const members = order.memberOrder[c]!;
    for (const m of members) {
      const anchor = anchorX(m);
      if (anchor === undefined) continue;
      const siblings = siblingsInRow(m);
      const rank = siblings.indexOf(m);
      const target = anchor + (rank - (siblings.length - 1) / 2) * s;
      sum += target - offset[m]!;
      count++;
    }
    return count === 0 ? undefined : { at: sum / count, weight: count };
  };
  const fromChildren = (c: number) => {
    let sum = 0;
    let count = 0;
    for (const m of order.memberOrder[c]!) {
      const children = graph.childrenOf[m]!;
      if (children.length === 0) continue;
      let childSum = 0;
      for (const ch of children) childSum += x(ch);
      // The anchor of m's children is the mean of their parents; aim it at the children's centre.
      for (const ch of children) {
        const anchor = anchorX(ch)!;
        sum += childSum / children.length - (anchor - clusterLeft[c]!);
        count++;
      }
    }
    return count === 0 ? undefined : { at: sum / count, weight: count };
  };

  // Full siblings in the row, left to right (cached per pass by parent key).
  let siblingCache = new Map<string, number[]>();
  const siblingsInRow = (m: number) => {
    const key = parentKey(m);
    let list = siblingCache.get(key);
    if (!list) {
      const parent = graph.parentsOf[m]![0]!.parent;
      list = graph.childrenOf[parent]!.filter((ch) => parentKey(ch) === key).sort((a, b) => x(a) - x(b));
      siblingCache.set(key, list);
    }
    return list;
  };

  for (let pass = 0; pass < PASSES; pass++) {
    siblingCache = new Map();
    for (let r = 1; r < order.rows.length; r++) relax(r, fromParents);
    if (pass === PASSES - 1) break;
    for (let r = order.rows.length - 2; r >= 0; r--) relax(r, fromChildren);
  }

  const result = new Array<number>(n);
  for (let m = 0; m < n; m++) result[m] = x(m);
  return result;
}
