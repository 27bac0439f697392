import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { redact } from '../src/consent/redact.js';
import { explain } from '../src/consent/explain.js';
import type { FamilyDocument } from '../src/types.generated.js';
import { validate } from '../src/validate/index.js';
import type { Viewer } from '../src/viewer.js';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import { fixtures } from '../../../test/fixtures/index.js';

/** Every viewer a document can have: admin, each professional, organisation and member, and a stranger. */
function viewersOf(doc: FamilyDocument): Viewer[] {
  return [
    { kind: 'admin' },
    ...(doc.professionals ?? []).map((p): Viewer => ({ kind: 'professional', professional: p.id })),
    ...(doc.organizations ?? []).map((o): Viewer => ({ kind: 'organization', organization: o.id })),
    ...doc.members.map((m): Viewer => ({ kind: 'member', member: m.id })),
    { kind: 'professional', professional: 'not-in-this-document' },
  ];
}

const documents: FamilyDocument[] = [
  ...Object.values(fixtures).map((d) => d as unknown as FamilyDocument),
];
const family = fc.oneof(
  fc.constantFrom(...documents),
  fc.tuple(fc.integer({ min: 8, max: 60 }), fc.nat()).map(([size, seed]) => syntheticFamily(size, seed) as unknown as FamilyDocument),
);
const familyAndViewer = family.chain((doc) => fc.constantFrom(...viewersOf(doc)).map((viewer) => ({ doc, viewer })));
// The hostile-text fixture repeats the same payloads across many fields by design, so a
// string search cannot tell whose value it found; its inert rendering is tested elsewhere.
const distinctTextFamilyAndViewer = familyAndViewer.filter(({ doc }) => doc !== (fixtures.hostileText as unknown as FamilyDocument));

test('redact: the output validates and redacting again changes nothing', () => {
  fc.assert(
    fc.property(familyAndViewer, ({ doc, viewer }) => {
      assert.ok(validate(doc).ok, 'the input is valid');
      const once = redact(doc, viewer);
      const check = validate(once);
      assert.ok(check.ok, JSON.stringify(!check.ok && check.errors.slice(0, 3)));
      assert.deepEqual(redact(once, viewer), once);
    }),
    { numRuns: 250 },
  );
});

test('redact: a member is in the output exactly when explain says identity is visible', () => {
  fc.assert(
    fc.property(familyAndViewer, ({ doc, viewer }) => {
      const out = redact(doc, viewer);
      const shown = new Set(out.members.filter((m) => m.placeholder !== true).map((m) => m.id));
      for (const m of doc.members) assert.equal(shown.has(m.id), explain(doc, viewer, m.id, 'identity').visible, m.id);
    }),
    { numRuns: 150 },
  );
});

test('redact: no name, contact detail or id of a hidden member is left anywhere in the output', () => {
  fc.assert(
    fc.property(distinctTextFamilyAndViewer, ({ doc, viewer }) => {
      const out = redact(doc, viewer);
      const text = JSON.stringify(out);
      const shown = new Map(out.members.map((m) => [m.id, m]));
      for (const m of doc.members) {
        const kept = shown.get(m.id);
        if (!kept) {
          assert.ok(!text.includes(`"${m.id}"`), `id of hidden ${m.id}`);
          // A name can legitimately also be someone else's; check it is nobody's shown name.
          const namesShown = [...out.members, ...(out.professionals ?? []), ...(out.organizations ?? [])].map((o) => o.name);
          if (!namesShown.includes(m.name)) assert.ok(!text.includes(JSON.stringify(m.name)), `name of hidden ${m.id}`);
        }
        for (const field of ['phone', 'email', 'address'] as const) {
          const value = m[field];
          if (value === undefined || kept?.[field] === value) continue;
          const elsewhere = [...doc.members, ...(doc.households ?? [])].some((o) => o !== m && 'id' in o && shown.has(o.id) && (o as unknown as Record<string, unknown>)[field] === value);
          if (!elsewhere) assert.ok(!text.includes(JSON.stringify(value)), `${field} of ${m.id}`);
        }
      }
    }),
    { numRuns: 150 },
  );
});

test('redact: a member viewer never sees a sensitive service or event', () => {
  fc.assert(
    fc.property(familyAndViewer, ({ doc, viewer }) => {
      if (viewer.kind !== 'member') return;
      const out = redact(doc, viewer);
      assert.ok(!(out.services ?? []).some((s) => s.sensitive === true));
      assert.ok(!(out.events ?? []).some((e) => e.sensitive === true));
    }),
    { numRuns: 150 },
  );
});

/**
 * The spec of data-model rule 6 carried to the network, restated here on its own: who is
 * tied to sensitive work in the input, and who a member's output names on something
 * non-sensitive (which alone may make them known).
 */
function tiedToSensitiveWork(doc: FamilyDocument): { organizations: Set<string>; professionals: Set<string> } {
  const sensitive = new Set((doc.services ?? []).filter((s) => s.sensitive === true).map((s) => s.id));
  const organizations = new Set((doc.services ?? []).filter((s) => sensitive.has(s.id)).map((s) => s.organization));
  const direct = new Set<string>();
  for (const s of doc.services ?? []) if (sensitive.has(s.id) && s.responsible !== undefined) direct.add(s.responsible);
  for (const e of doc.events ?? []) {
    if (e.sensitive === true || (e.services ?? []).some((id) => sensitive.has(id))) for (const p of e.professionals ?? []) direct.add(p);
  }
  for (const p of doc.professionals ?? []) if (direct.has(p.id)) organizations.add(p.organization);
  const professionals = new Set((doc.professionals ?? []).filter((p) => direct.has(p.id) || organizations.has(p.organization)).map((p) => p.id));
  return { organizations, professionals };
}

function namedOnNonSensitiveItems(out: FamilyDocument, doc: FamilyDocument): { organizations: Set<string>; professionals: Set<string> } {
  const professionals = new Set<string>();
  const organizations = new Set<string>();
  for (const s of out.services ?? []) {
    organizations.add(s.organization);
    if (s.responsible !== undefined) professionals.add(s.responsible);
  }
  for (const e of out.events ?? []) for (const p of e.professionals ?? []) professionals.add(p);
  const parties = [...(out.goals ?? []).flatMap((g) => [g.owner, ...(g.tasks ?? []).map((t) => t.assignee)]), ...(out.notes ?? []).map((n) => n.author)];
  for (const p of parties) if (p && 'professional' in p) professionals.add(p.professional);
  for (const p of doc.professionals ?? []) if (professionals.has(p.id)) organizations.add(p.organization);
  return { organizations, professionals };
}

const memberViewer = family
  .filter((doc) => doc !== (fixtures.hostileText as unknown as FamilyDocument))
  .chain((doc) => fc.constantFrom(...doc.members.map((m): Viewer => ({ kind: 'member', member: m.id }))).map((viewer) => ({ doc, viewer })));

test('redact: a member viewer meets no organisation or professional known only through sensitive work', () => {
  fc.assert(
    fc.property(memberViewer, ({ doc, viewer }) => {
      const out = redact(doc, viewer);
      const text = JSON.stringify(out);
      const tied = tiedToSensitiveWork(doc);
      const known = namedOnNonSensitiveItems(out, doc);
      // A name can also be someone else's, or a shown service's or event's: only check names nothing shown carries.
      const shownNames = new Set<string>([
        ...[...out.members, ...(out.organizations ?? []), ...(out.professionals ?? []), ...(out.services ?? [])].map((o) => o.name),
        ...(out.events ?? []).map((e) => e.title),
      ]);
      const parties = [
        ...(doc.organizations ?? []).filter((o) => tied.organizations.has(o.id) && !known.organizations.has(o.id)),
        ...(doc.professionals ?? []).filter((p) => tied.professionals.has(p.id) && !known.professionals.has(p.id)),
      ];
      for (const party of parties) {
        assert.ok(!text.includes(JSON.stringify(party.id)), `id of ${party.id} for ${JSON.stringify(viewer)}`);
        if (!shownNames.has(party.name)) assert.ok(!text.includes(JSON.stringify(party.name)), `name of ${party.id} for ${JSON.stringify(viewer)}`);
      }
    }),
    { numRuns: 200 },
  );
});
