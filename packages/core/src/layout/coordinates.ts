import type { FamilyGraph } from './family-graph.js';
import { OrderedPlacer } from './isotonic.js';
import { sortIfUnsorted, type RowOrder } from './ordering.js';

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
 *
 * Hot path (runs 7 times over every row): state lives in typed arrays indexed by member
 * or cluster, and the per-row buffers are reused, so that a pass allocates next to nothing.
 * Indexed loops, not for…of: a page runs the layout only a few times, mostly before the
 * engine has optimised it, and unoptimised for…of allocates an iterator and a result per
 * step.
 */
export function assignX(graph: FamilyGraph, order: RowOrder, spacing: Spacing): number[] {
  const n = graph.ids.length;
  const s = spacing.horizontal;
  const { clusterOf, parentsOf, childrenOf, siblingGroupOf } = graph;
  const { rows, memberOrder } = order;
  /** x of a member relative to its cluster's left edge. */
  const offset = new Float64Array(n);
  const clusterLeft = new Float64Array(graph.clusters.length);
  for (const members of memberOrder) {
    if (members) for (let i = 0; i < members.length; i++) offset[members[i]!] = i * s;
  }
  const x = (m: number) => clusterLeft[clusterOf[m]!]! + offset[m]!;

  const advances = rows.map((row) => rowAdvances(row, memberOrder, siblingGroupOf, spacing));
  for (let r = 0; r < rows.length; r++) {
    let left = 0;
    const row = rows[r]!;
    for (let i = 0; i < row.length; i++) {
      clusterLeft[row[i]!] = left;
      left += advances[r]![i]!;
    }
  }

  // Where the children of a member hang from: the middle of the couple line (both
  // parents in the same cluster) or the single parent. Only for members with parents.
  const anchorX = (child: number) => {
    const parents = parentsOf[child]!;
    let sum = 0;
    for (let i = 0; i < parents.length; i++) sum += x(parents[i]!.parent);
    return sum / parents.length;
  };

  // Full siblings, left to right as they stood when first asked for in the pass.
  const siblingLists = new Array<number[] | undefined>(n);
  const siblingListPass = new Int32Array(n).fill(-1);
  let pass = 0;
  const byX = (a: number, b: number) => x(a) - x(b);
  const siblingsInRow = (m: number) => {
    const group = siblingGroupOf[m]!;
    let list = siblingLists[group];
    if (siblingListPass[group] !== pass || !list) {
      list = [];
      const children = childrenOf[parentsOf[m]![0]!.parent]!;
      for (let i = 0; i < children.length; i++) if (siblingGroupOf[children[i]!] === group) list.push(children[i]!);
      sortIfUnsorted(list, byX);
      siblingLists[group] = list;
      siblingListPass[group] = pass;
    }
    return list;
  };

  // Desired left edge and weight of each cluster of the row being relaxed.
  let widest = 0;
  for (const row of rows) widest = Math.max(widest, row.length);
  const desired = new Float64Array(widest);
  const weights = new Float64Array(widest);
  const placed = new Float64Array(widest);
  const placer = new OrderedPlacer();

  const want = (i: number, c: number, sum: number, count: number) => {
    desired[i] = count === 0 ? clusterLeft[c]! : sum / count;
    weights[i] = count === 0 ? FREE_WEIGHT : count;
  };
  // From the members' parents: sibling groups centred under their anchor.
  const wantFromParents = (row: readonly number[]) => {
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      let sum = 0;
      let count = 0;
      const members = memberOrder[c]!;
      for (let j = 0; j < members.length; j++) {
        const m = members[j]!;
        if (parentsOf[m]!.length === 0) continue;
        const anchor = anchorX(m);
        const siblings = siblingsInRow(m);
        const rank = siblings.indexOf(m);
        const target = anchor + (rank - (siblings.length - 1) / 2) * s;
        sum += target - offset[m]!;
        count++;
      }
      want(i, c, sum, count);
    }
  };
  // From the members' children: the anchor of m's children (the mean of their parents)
  // aimed at the children's centre.
  const wantFromChildren = (row: readonly number[]) => {
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      let sum = 0;
      let count = 0;
      const members = memberOrder[c]!;
      for (let j = 0; j < members.length; j++) {
        const children = childrenOf[members[j]!]!;
        if (children.length === 0) continue;
        let childSum = 0;
        for (let k = 0; k < children.length; k++) childSum += x(children[k]!);
        const centre = childSum / children.length;
        for (let k = 0; k < children.length; k++) {
          sum += centre - (anchorX(children[k]!) - clusterLeft[c]!);
          count++;
        }
      }
      want(i, c, sum, count);
    }
  };
  const relax = (r: number, fromParents: boolean) => {
    const row = rows[r]!;
    if (fromParents) wantFromParents(row);
    else wantFromChildren(row);
    placer.place(row.length, desired, weights, advances[r]!, placed);
    for (let i = 0; i < row.length; i++) clusterLeft[row[i]!] = placed[i]!;
  };

  for (pass = 0; pass < PASSES; pass++) {
    for (let r = 1; r < rows.length; r++) relax(r, true);
    if (pass === PASSES - 1) break;
    for (let r = rows.length - 2; r >= 0; r--) relax(r, false);
  }

  const result = new Array<number>(n);
  for (let m = 0; m < n; m++) result[m] = x(m);
  return result;
}

/**
 * Minimum distance from each cluster's left edge to the next one's in the row: its width
 * and a gap, wider between clusters that are not full siblings (0 after the last).
 */
function rowAdvances(row: readonly number[], memberOrder: readonly number[][], siblingGroupOf: Int32Array, spacing: Spacing): Float64Array {
  const s = spacing.horizontal;
  const advances = new Float64Array(row.length);
  for (let i = 0; i + 1 < row.length; i++) {
    const members = memberOrder[row[i]!]!;
    const lastOfThis = members[members.length - 1]!;
    const firstOfNext = memberOrder[row[i + 1]!]![0]!;
    const group = siblingGroupOf[lastOfThis]!;
    const sameFamily = group >= 0 && group === siblingGroupOf[firstOfNext];
    advances[i] = (members.length - 1) * s + s + (sameFamily ? 0 : spacing.familyGap);
  }
  return advances;
}
