import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutGenogram } from '../src/layout/genogram-layout.js';
import type { GenogramInput } from '../src/layout/family-graph.js';
import type { GenogramLayout } from '../src/layout/genogram-layout-types.js';
import { randomFamily } from './support/random-family.js';

const byId = (layout: GenogramLayout) => new Map(layout.members.map((m) => [m.id, m]));

function checkInvariants(input: GenogramInput, layout: GenogramLayout): void {
  // Every member placed exactly once.
  assert.equal(layout.members.length, input.members.length);
  assert.deepEqual(new Set(layout.members.map((m) => m.id)), new Set(input.members.map((m) => m.id)));
  const at = byId(layout);
  // No overlapping symbols.
  const rows = new Map<number, number[]>();
  for (const m of layout.members) rows.set(m.y, [...(rows.get(m.y) ?? []), m.x]);
  for (const xs of rows.values()) {
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i]! - xs[i - 1]! >= layout.symbolSize, `symbols overlap at x=${xs[i]}`);
  }
  // Parents above children.
  for (const p of input.parentage ?? []) assert.ok(at.get(p.parent)!.y < at.get(p.child)!.y, `${p.parent} above ${p.child}`);
  // Partners on one row.
  for (const p of input.partnerships ?? []) assert.equal(at.get(p.partners[0]!)!.y, at.get(p.partners[1]!)!.y, `partners ${p.id}`);
  // Full siblings left to right by birth.
  const parentsOf = new Map<string, string[]>();
  for (const p of input.parentage ?? []) parentsOf.set(p.child, [...(parentsOf.get(p.child) ?? []), p.parent]);
  const groups = new Map<string, Array<{ id: string; birth: string }>>();
  for (const m of input.members) {
    const key = (parentsOf.get(m.id) ?? []).sort().join(',');
    if (key === '' || m.birthDate === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), { id: m.id, birth: m.birthDate }]);
  }
  for (const siblings of groups.values()) {
    for (const a of siblings) {
      for (const b of siblings) {
        if (a.birth < b.birth) assert.ok(at.get(a.id)!.x < at.get(b.id)!.x, `sibling ${a.id} (${a.birth}) left of ${b.id} (${b.birth})`);
      }
    }
  }
}

describe('layoutGenogram', () => {
  test('an empty family lays out to nothing', () => {
    const layout = layoutGenogram({ members: [] });
    assert.equal(layout.members.length, 0);
    assert.equal(layout.width, 0);
  });

  test('a couple and their children: partners on one row, children below in birth order, hanging from the couple line', () => {
    const input: GenogramInput = {
      members: [
        { id: 'mum', birthDate: '1980' },
        { id: 'dad', birthDate: '1979' },
        { id: 'younger', birthDate: '2012-05-01' },
        { id: 'older', birthDate: '2010' },
      ],
      partnerships: [{ id: 'p', partners: ['mum', 'dad'], history: [{ start: '2005' }] }],
      parentage: ['younger', 'older'].flatMap((c) => [
        { id: `${c}-m`, parent: 'mum', child: c, kind: 'biological' as const },
        { id: `${c}-d`, parent: 'dad', child: c, kind: 'biological' as const },
      ]),
    };
    const layout = layoutGenogram(input);
    checkInvariants(input, layout);
    const at = byId(layout);
    assert.ok(at.get('older')!.x < at.get('younger')!.x);
    const couple = layout.couples.find((c) => c.partnershipId === 'p')!;
    assert.ok(couple.y > at.get('mum')!.y, 'couple line runs below the symbols');
    const sibship = layout.sibships.find((s) => s.coupleKey === 'p:p')!;
    assert.deepEqual(sibship.children, ['older', 'younger']);
    assert.equal(sibship.anchor.x, (couple.x1 + couple.x2) / 2);
    // Children are centred under the couple.
    assert.equal((at.get('older')!.x + at.get('younger')!.x) / 2, (couple.x1 + couple.x2) / 2);
    assert.equal(layout.parentageLines.length, 4);
    assert.ok(layout.parentageLines.every((l) => l.viaCouple));
  });

  test('several partners are ordered by the start of the partnership', () => {
    const input: GenogramInput = {
      members: [{ id: 'hub' }, { id: 'second' }, { id: 'first' }, { id: 'third' }],
      partnerships: [
        { id: 'b', partners: ['hub', 'second'], history: [{ start: '2001-06' }] },
        { id: 'c', partners: ['third', 'hub'], history: [{ start: '2015' }] },
        { id: 'a', partners: ['hub', 'first'], history: [{ start: '1990' }] },
      ],
    };
    const layout = layoutGenogram(input);
    const at = byId(layout);
    const order = ['hub', 'first', 'second', 'third'].map((id) => at.get(id)!.x);
    assert.deepEqual([...order].sort((x, y) => x - y), order);
    assert.equal(new Set(layout.members.map((m) => m.y)).size, 1);
    assert.ok(layout.couples.find((c) => c.partnershipId === 'c')!.depth > 0, 'a line passing others runs lower');
  });

  test('a married-in partner’s parents are shown one row above them', () => {
    const input: GenogramInput = {
      members: [{ id: 'g1' }, { id: 'g2' }, { id: 'a' }, { id: 'b' }, { id: 'bm' }, { id: 'bf' }, { id: 'kid' }],
      partnerships: [
        { id: 'p1', partners: ['g1', 'g2'] },
        { id: 'p2', partners: ['a', 'b'] },
        { id: 'p3', partners: ['bm', 'bf'] },
      ],
      parentage: [
        { id: 'x1', parent: 'g1', child: 'a', kind: 'biological' },
        { id: 'x2', parent: 'g2', child: 'a', kind: 'biological' },
        { id: 'x3', parent: 'bm', child: 'b', kind: 'biological' },
        { id: 'x4', parent: 'bf', child: 'b', kind: 'biological' },
        { id: 'x5', parent: 'a', child: 'kid', kind: 'biological' },
        { id: 'x6', parent: 'b', child: 'kid', kind: 'biological' },
      ],
    };
    const layout = layoutGenogram(input);
    checkInvariants(input, layout);
    const at = byId(layout);
    assert.equal(at.get('bm')!.generation, at.get('g1')!.generation);
    assert.ok(at.get('bm')!.x > at.get('g2')!.x, "the partner's family goes to the right");
  });

  test('a step-parent gets a line of its own; twins fork from one point; identical twins get a bar', () => {
    const input: GenogramInput = {
      members: [{ id: 'mum' }, { id: 'dad' }, { id: 'step' }, { id: 't1', birthDate: '2010-01-01' }, { id: 't2', birthDate: '2010-01-01' }],
      partnerships: [
        { id: 'p1', partners: ['mum', 'dad'], history: [{ start: '2005' }] },
        { id: 'p2', partners: ['mum', 'step'], history: [{ start: '2015' }] },
      ],
      parentage: [
        { id: 'a', parent: 'mum', child: 't1', kind: 'biological' },
        { id: 'b', parent: 'dad', child: 't1', kind: 'biological' },
        { id: 'c', parent: 'mum', child: 't2', kind: 'biological' },
        { id: 'd', parent: 'dad', child: 't2', kind: 'biological' },
        { id: 'e', parent: 'step', child: 't1', kind: 'step' },
      ],
      twins: [{ id: 'tw', members: ['t1', 't2'], identical: true }],
    };
    const layout = layoutGenogram(input);
    checkInvariants(input, layout);
    const stepLine = layout.parentageLines.find((l) => l.parentageId === 'e')!;
    assert.equal(stepLine.viaCouple, false);
    assert.equal(stepLine.kind, 'step');
    const fork = layout.twins[0]!;
    assert.equal(fork.ends.length, 2);
    assert.ok(fork.bar, 'identical twins have a bar');
    const t1Line = layout.parentageLines.find((l) => l.parentageId === 'a')!;
    assert.equal(t1Line.points[2]!.x, fork.fork.x, 'twin lines leave the sibling bar at the fork');
  });

  test('households enclose their members; bonds curve between two members', () => {
    const input: GenogramInput = {
      members: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      partnerships: [{ id: 'p', partners: ['a', 'b'] }],
      households: [{ id: 'h', members: ['a', 'b'] }],
      bonds: [{ id: 'bond', between: ['a', 'b'], from: 'b' }],
    };
    const layout = layoutGenogram(input);
    const at = byId(layout);
    const polygon = layout.households[0]!.polygon;
    const xs = polygon.map((p) => p.x);
    for (const id of ['a', 'b']) assert.ok(Math.min(...xs) < at.get(id)!.x && at.get(id)!.x < Math.max(...xs));
    const bond = layout.bonds[0]!;
    assert.deepEqual(bond.from, { x: at.get('b')!.x, y: at.get('b')!.y }, 'a directed bond starts at its `from`');
    assert.ok(bond.control.y < bond.from.y, 'bonds on one row curve above it');
  });

  test('a partner who is also an ancestor does not break the layout', () => {
    const input: GenogramInput = {
      members: [{ id: 'p' }, { id: 'c' }],
      partnerships: [{ id: 'odd', partners: ['p', 'c'] }],
      parentage: [{ id: 'x', parent: 'p', child: 'c', kind: 'biological' }],
    };
    const layout = layoutGenogram(input);
    const at = byId(layout);
    assert.ok(at.get('p')!.y < at.get('c')!.y);
  });

  test('the invariant check itself rejects broken layouts', () => {
    const input: GenogramInput = {
      members: [{ id: 'p' }, { id: 'a', birthDate: '2000' }, { id: 'b', birthDate: '2001' }],
      parentage: [
        { id: 'x', parent: 'p', child: 'a', kind: 'biological' },
        { id: 'y', parent: 'p', child: 'b', kind: 'biological' },
      ],
    };
    const good = layoutGenogram(input);
    checkInvariants(input, good);
    const swapped = structuredClone(good);
    const [a, b] = [swapped.members.find((m) => m.id === 'a')!, swapped.members.find((m) => m.id === 'b')!];
    [a.x, b.x] = [b.x, a.x];
    assert.throws(() => checkInvariants(input, swapped), /sibling/);
    const overlapping = structuredClone(good);
    overlapping.members.find((m) => m.id === 'b')!.x = overlapping.members.find((m) => m.id === 'a')!.x + 1;
    assert.throws(() => checkInvariants(input, overlapping), /overlap/);
    const upsideDown = structuredClone(good);
    upsideDown.members.find((m) => m.id === 'p')!.y = 1000;
    assert.throws(() => checkInvariants(input, upsideDown), /above/);
  });

  test('invariants hold for random families', () => {
    fc.assert(
      fc.property(randomFamily, (input) => {
        checkInvariants(input, layoutGenogram(input));
      }),
      { numRuns: 300 },
    );
  });

  test('layout is deterministic', () => {
    fc.assert(
      fc.property(randomFamily, (input) => {
        assert.deepEqual(layoutGenogram(input), layoutGenogram(structuredClone(input)));
      }),
      { numRuns: 50 },
    );
  });
});
