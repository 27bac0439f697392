import type { FamilyGraph } from './family-graph.js';

/**
 * Row (generation) of each cluster: every parent at least one row above each child.
 * Longest path from the top, then clusters without parents in the document (people who
 * married in, with their own parents shown) are pulled down to sit just above their
 * highest child, so nobody floats rows above their children.
 */
export function assignGenerations(graph: FamilyGraph): number[] {
  const clusterCount = graph.clusters.length;
  const childClusters: number[][] = Array.from({ length: clusterCount }, () => []);
  const indegree = new Array<number>(clusterCount).fill(0);
  // Indexed loops, not for…of: see assignX.
  for (let p = 0; p < graph.childrenOf.length; p++) {
    const children = graph.childrenOf[p]!;
    const from = graph.clusterOf[p]!;
    for (let i = 0; i < children.length; i++) {
      const to = graph.clusterOf[children[i]!]!;
      if (from === to) continue;
      childClusters[from]!.push(to);
      indegree[to]!++;
    }
  }
  const hasParents = indegree.map((d) => d > 0);

  const order: number[] = [];
  const pending = [...indegree];
  const queue: number[] = [];
  for (let c = 0; c < clusterCount; c++) if (pending[c] === 0) queue.push(c);
  for (let head = 0; head < queue.length; head++) {
    const c = queue[head]!;
    order.push(c);
    const below = childClusters[c]!;
    for (let i = 0; i < below.length; i++) if (--pending[below[i]!]! === 0) queue.push(below[i]!);
  }
  // A parentage cycle (invalid data) leaves clusters unordered: append them as they come.
  if (order.length < clusterCount) {
    const inOrder = new Set(order);
    for (let c = 0; c < clusterCount; c++) if (!inOrder.has(c)) order.push(c);
  }

  const generation = new Array<number>(clusterCount).fill(0);
  for (let i = 0; i < order.length; i++) {
    const c = order[i]!;
    const below = childClusters[c]!;
    for (let j = 0; j < below.length; j++) generation[below[j]!] = Math.max(generation[below[j]!]!, generation[c]! + 1);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const c = order[i]!;
    if (hasParents[c] || childClusters[c]!.length === 0) continue;
    let lowest = Infinity;
    const below = childClusters[c]!;
    for (let j = 0; j < below.length; j++) lowest = Math.min(lowest, generation[below[j]!]! - 1);
    generation[c] = Math.max(generation[c]!, lowest);
  }
  let top = 0;
  for (let c = 0; c < clusterCount; c++) top = Math.min(top, generation[c]!);
  return generation.map((g) => g - top);
}
