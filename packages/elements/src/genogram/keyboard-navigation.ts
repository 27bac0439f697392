/**
 * Arrow-key movement between members, by where they are drawn: left/right along a
 * generation row, up/down to the nearest member of the row above/below, Home/End to
 * the ends of the row. One tab stop for the whole genogram instead of 1,600.
 */

export interface NavigablePoint {
  id: string;
  x: number;
  generation: number;
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End';
}

export class MemberNavigator {
  private readonly rows = new Map<number, NavigablePoint[]>();
  private readonly generations: number[];
  private readonly byId = new Map<string, NavigablePoint>();

  constructor(points: readonly NavigablePoint[]) {
    for (const p of points) {
      this.byId.set(p.id, p);
      const row = this.rows.get(p.generation);
      if (row) row.push(p);
      else this.rows.set(p.generation, [p]);
    }
    for (const row of this.rows.values()) row.sort((a, b) => a.x - b.x);
    this.generations = [...this.rows.keys()].sort((a, b) => a - b);
  }

  /** The member reached from `id` by `key`, or undefined when there is none that way. */
  next(id: string, key: NavigationKey): string | undefined {
    const from = this.byId.get(id);
    if (!from) return undefined;
    const row = this.rows.get(from.generation) ?? [];
    const at = row.indexOf(from);
    switch (key) {
      case 'ArrowLeft':
        return row[at - 1]?.id;
      case 'ArrowRight':
        return row[at + 1]?.id;
      case 'Home':
        return row[0]?.id;
      case 'End':
        return row[row.length - 1]?.id;
      case 'ArrowUp':
      case 'ArrowDown': {
        const g = this.generations.indexOf(from.generation) + (key === 'ArrowUp' ? -1 : 1);
        const target = this.rows.get(this.generations[g] ?? Number.NaN);
        return target ? nearestByX(target, from.x)?.id : undefined;
      }
    }
  }
}

function nearestByX(row: readonly NavigablePoint[], x: number): NavigablePoint | undefined {
  let best: NavigablePoint | undefined;
  for (const p of row) if (!best || Math.abs(p.x - x) < Math.abs(best.x - x)) best = p;
  return best;
}
