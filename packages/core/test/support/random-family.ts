import fc from 'fast-check';
import type { GenogramInput } from '../../src/layout/family-graph.js';
import type { FamilyDocument } from '../../src/types.generated.js';

type Kind = 'biological' | 'adoptive' | 'foster' | 'step' | 'guardian-only';
type Member = { id: string; birthDate?: string; index?: boolean };
type Partnership = { id: string; partners: [string, string]; history: Array<{ status: string; start?: string }> };
type Parentage = { id: string; parent: string; child: string; kind: Kind };

/**
 * Random family shape, driven by a list of small integers from fast-check: founding
 * couples, children with birth dates, married-in partners, remarriages with half- and
 * step-children, twins, adoptions, and sometimes partners who both have parents drawn.
 * At most one marriage joins any two sibling groups, so birth order can always hold.
 */
export function buildRandomFamily(choices: readonly number[]): GenogramInput {
  let cursor = 0;
  const pick = (n: number) => (n <= 1 ? 0 : (choices[cursor++ % choices.length] ?? 0) % n);
  const members: Member[] = [];
  const partnerships: Partnership[] = [];
  const parentage: Parentage[] = [];
  const twins: Array<{ id: string; members: string[]; identical?: boolean }> = [];
  let next = 0;
  const id = (prefix: string) => `${prefix}${next++}`;
  const person = (year: number, day: number): string => {
    const m: Member = { id: id('m') };
    if (pick(8) !== 0) m.birthDate = `${year}-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
    members.push(m);
    return m.id;
  };
  const marry = (a: string, b: string, year: number) => {
    partnerships.push({ id: id('pp'), partners: [a, b], history: [{ status: 'married', start: `${year}` }] });
  };
  const sibGroupOf = new Map<string, string>();
  const joinedGroups = new Set<string>();

  let generation: Array<{ id: string; year: number }> = [];
  const founders = 1 + pick(3);
  for (let f = 0; f < founders; f++) generation.push({ id: person(1900 + pick(10), pick(300)), year: 1900 });
  for (let g = 0; g < 4 && generation.length > 0; g++) {
    const nextGeneration: Array<{ id: string; year: number }> = [];
    const unmarried = [...generation];
    for (const parent of generation) {
      if (!unmarried.includes(parent)) continue;
      unmarried.splice(unmarried.indexOf(parent), 1);
      const partnerCount = pick(4) === 0 ? 2 : 1;
      let firstChildren: string[] = [];
      for (let k = 0; k < partnerCount; k++) {
        let partner: string;
        const group = sibGroupOf.get(parent.id);
        const candidate = unmarried.find((u) => sibGroupOf.get(u.id) !== group);
        const candidateGroup = candidate ? sibGroupOf.get(candidate.id) : undefined;
        const pairKey = [group, candidateGroup].sort().join('|');
        if (k === 0 && candidate && pick(3) === 0 && !joinedGroups.has(pairKey)) {
          partner = candidate.id; // both partners' ancestry in the document
          unmarried.splice(unmarried.indexOf(candidate), 1);
          joinedGroups.add(pairKey);
        } else {
          partner = person(parent.year + pick(5), pick(300));
        }
        marry(parent.id, partner, parent.year + 20 + k * 10);
        const childCount = pick(4);
        const children: string[] = [];
        const groupKey = id('g');
        for (let c = 0; c < childCount; c++) {
          const year = parent.year + 22 + k * 10 + c * 2;
          const child = person(year, pick(300));
          children.push(child);
          sibGroupOf.set(child, groupKey);
          const kind: Kind = pick(10) === 0 ? 'adoptive' : 'biological';
          parentage.push({ id: id('pa'), parent: parent.id, child, kind });
          parentage.push({ id: id('pa'), parent: partner, child, kind });
          nextGeneration.push({ id: child, year });
        }
        if (children.length >= 2 && pick(4) === 0) {
          const [a, b] = children;
          const birth = members.find((m) => m.id === a)!.birthDate;
          const twinB = members.find((m) => m.id === b)!;
          if (birth === undefined) delete twinB.birthDate;
          else twinB.birthDate = birth;
          twins.push({ id: id('tw'), members: [a!, b!], identical: pick(2) === 0 });
        }
        // A second partner becomes step-parent of the first partnership's children.
        if (k === 1) for (const child of firstChildren) parentage.push({ id: id('pa'), parent: partner, child, kind: 'step' });
        firstChildren = children;
      }
    }
    generation = nextGeneration;
  }
  if (members.length > 0) members[members.length - 1]!.index = true;
  return { members, partnerships, parentage, twins };
}

export const randomFamily = fc.array(fc.nat(1000), { minLength: 20, maxLength: 200 }).map(buildRandomFamily);

/** The genogram-shaped random families, made into valid documents (a name and gender each). */
export const randomDocument = fc.array(fc.nat(1000), { minLength: 20, maxLength: 200 }).map((choices): FamilyDocument => {
  const shape = buildRandomFamily(choices);
  return {
    schemaVersion: '1.0',
    asOf: '2025-03-01',
    members: shape.members.map((m) => ({ ...m, name: m.id, gender: 'unknown' })),
    partnerships: (shape.partnerships ?? []).map((p) => ({
      id: p.id,
      partners: [p.partners[0]!, p.partners[1]!],
      history: (p.history ?? []).map((h) => ({ status: 'married', ...(h.start !== undefined && { start: h.start }) })),
    })),
    parentage: (shape.parentage ?? []).map((p) => ({ ...p })),
    twins: (shape.twins ?? []).map((t) => ({ ...t, members: [...t.members] })),
  };
});
