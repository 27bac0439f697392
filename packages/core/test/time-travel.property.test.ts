import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { familyAt, PREGNANCY_DAYS } from '../src/time-travel/family-at.js';
import { redact } from '../src/consent/redact.js';
import { layoutGenogram } from '../src/layout/genogram-layout.js';
import { parsePartialDate } from '../src/dates.js';
import type { FamilyDocument, Period } from '../src/types.generated.js';
import { validate } from '../src/validate/index.js';
import type { Viewer } from '../src/viewer.js';
import { randomDocument } from './support/random-family.js';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import { fixtures } from '../../../test/fixtures/index.js';

const fixtureDocuments = Object.values(fixtures).map((d) => d as unknown as FamilyDocument);
const family = fc.oneof(
  fc.constantFrom(...fixtureDocuments),
  fc.tuple(fc.integer({ min: 8, max: 60 }), fc.nat()).map(([size, seed]) => syntheticFamily(size, seed) as unknown as FamilyDocument),
  randomDocument,
);

/** Any calendar date from 1890 to 2035, at year, month or day precision. */
const anyDate = fc
  .tuple(fc.integer({ min: 1890, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('year', 'month', 'day'))
  .map(([year, month, day, precision]) => {
    const yyyy = String(year);
    const mm = String(month).padStart(2, '0');
    if (precision === 'year') return yyyy;
    if (precision === 'month') return `${yyyy}-${mm}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${yyyy}-${mm}-${String(Math.min(day, last)).padStart(2, '0')}`;
  });

const familyAndDate = fc.tuple(family, anyDate).map(([doc, date]) => ({ doc, date }));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

function walkObjects(value: unknown, visit: (o: object) => void): void {
  if (typeof value !== 'object' || value === null) return;
  visit(value);
  for (const item of Object.values(value)) walkObjects(item, visit);
}

const day = (date: string) => parsePartialDate(date)!;
const startedBy = (date: string | undefined, at: string) => date === undefined || day(date).first <= day(at).last;
const covers = (period: Period | undefined, at: string) => !period || (startedBy(period.start, at) && (period.end === undefined || day(period.end).last >= day(at).first));

test('familyAt: the result validates, and again at the same date changes nothing', () => {
  fc.assert(
    fc.property(familyAndDate, ({ doc, date }) => {
      assert.ok(validate(doc).ok, 'the input is valid');
      const once = familyAt(doc, date);
      const check = validate(once);
      assert.ok(check.ok, `valid at ${date}: ${JSON.stringify(!check.ok && check.errors.slice(0, 3))}`);
      assert.equal(once.asOf, date, 'asOf is the date');
      assert.deepEqual(familyAt(once, date), once, 'idempotent');
    }),
    { numRuns: 300 },
  );
});

test('familyAt never changes its input and shares nothing with it', () => {
  fc.assert(
    fc.property(familyAndDate, ({ doc, date }) => {
      const input = deepFreeze(structuredClone(doc));
      const before = JSON.stringify(input);
      const out = familyAt(input, date); // a write to the frozen input would throw (modules are strict)
      assert.equal(JSON.stringify(input), before, 'input unchanged');
      const inputObjects = new Set<unknown>();
      walkObjects(input, (o) => inputObjects.add(o));
      walkObjects(out, (o) => assert.ok(!inputObjects.has(o), 'no object of the input is in the result'));
    }),
    { numRuns: 150 },
  );
});

test('familyAt: whoever is in the result was born by the date, and everyone born by then is there', () => {
  fc.assert(
    fc.property(familyAndDate, ({ doc, date }) => {
      const out = familyAt(doc, date);
      const kept = new Set(out.members.map((m) => m.id));
      const anchor = doc.asOf === undefined ? undefined : day(doc.asOf);
      for (const m of doc.members) {
        if (m.kind === 'pregnancy') {
          const expected = m.birthDate === undefined ? anchor : day(m.birthDate);
          const exists = expected === undefined || expected.first - PREGNANCY_DAYS <= day(date).last;
          assert.equal(kept.has(m.id), exists, `pregnancy ${m.id} at ${date}`);
        } else if (m.placeholder !== true) {
          assert.equal(kept.has(m.id), startedBy(m.birthDate, date), `${m.id} born ${m.birthDate} at ${date}`);
        }
      }
      for (const m of out.members) {
        const original = doc.members.find((o) => o.id === m.id)!;
        if (m.deathDate !== undefined) assert.ok(startedBy(m.deathDate, date), `${m.id} dead only after ${m.deathDate}`);
        if (original.deathDate !== undefined && startedBy(original.deathDate, date)) assert.equal(m.deathDate, original.deathDate, `${m.id} stays dead`);
        if (original.deathDate === undefined) assert.equal(m.deceased, original.deceased, `${m.id}: an undated death is kept`);
      }
    }),
    { numRuns: 300 },
  );
});

test('familyAt: histories, periods and links hold at the date', () => {
  fc.assert(
    fc.property(familyAndDate, ({ doc, date }) => {
      const out = familyAt(doc, date);
      for (const p of out.partnerships ?? []) {
        assert.ok(p.history.length > 0, `${p.id} has begun`);
        for (const entry of p.history) assert.ok(startedBy(entry.start, date), `${p.id} entry ${entry.start} by ${date}`);
        const original = doc.partnerships!.find((o) => o.id === p.id)!;
        assert.deepEqual(p.history, original.history.slice(0, p.history.length), `${p.id}: a prefix of its history`);
        const next = original.history[p.history.length];
        if (next) assert.ok(!startedBy(next.start, date), `${p.id}: cut only at an entry after the date`);
      }
      for (const p of out.parentage ?? []) if (p.kind !== 'biological') assert.ok(covers(p.period, date), `${p.id} covers ${date}`);
      for (const b of out.bonds ?? []) assert.ok(covers(b.period, date), `${b.id} covers ${date}`);
      for (const h of out.households ?? []) assert.ok(covers(h.period, date), `${h.id} covers ${date}`);
      for (const c of out.coordinators ?? []) assert.ok(covers(c.period, date), `${c.id} covers ${date}`);
      const kept = new Set(out.members.map((m) => m.id));
      const has = (items: ReadonlyArray<{ id: string }> | undefined, id: string) => (items ?? []).some((o) => o.id === id);
      for (const b of doc.bonds ?? []) {
        assert.equal(has(out.bonds, b.id), b.between.every((id) => kept.has(id)) && covers(b.period, date), `bond ${b.id} at ${date}`);
      }
      for (const h of doc.households ?? []) {
        assert.equal(has(out.households, h.id), h.members.some((id) => kept.has(id)) && covers(h.period, date), `household ${h.id} at ${date}`);
      }
      for (const c of doc.coordinators ?? []) {
        assert.equal(has(out.coordinators, c.id), c.members.some((id) => kept.has(id)) && covers(c.period, date), `coordinator ${c.id} at ${date}`);
      }
      for (const p of doc.parentage ?? []) {
        const shouldHold = kept.has(p.parent) && kept.has(p.child) && (p.kind === 'biological' || covers(p.period, date));
        assert.equal((out.parentage ?? []).some((o) => o.id === p.id), shouldHold, `${p.id} at ${date}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('familyAt at the document\'s own asOf keeps every member born by then', () => {
  fc.assert(
    fc.property(family, (doc) => {
      const out = familyAt(doc, doc.asOf!);
      const bornBy = doc.members.filter((m) => m.kind === 'pregnancy' || startedBy(m.birthDate, doc.asOf!));
      assert.deepEqual(out.members.map((m) => m.id), bornBy.map((m) => m.id), 'same members, same order');
      for (const m of out.members) assert.deepEqual(m, doc.members.find((o) => o.id === m.id), `${m.id} unchanged`);
    }),
    { numRuns: 100 },
  );
});

/** True when `part` holds nothing that `whole` does not: objects by key, array items each within some item. */
function within(part: unknown, whole: unknown): boolean {
  if (typeof part !== 'object' || part === null) return part === whole;
  if (typeof whole !== 'object' || whole === null) return false;
  if (Array.isArray(part)) return Array.isArray(whole) && part.every((p) => whole.some((w) => within(p, w)));
  if (Array.isArray(whole)) return false;
  const w = whole as Record<string, unknown>;
  return Object.entries(part).every(([key, value]) => Object.hasOwn(w, key) && within(value, w[key]));
}

function viewersOf(doc: FamilyDocument): Viewer[] {
  return [
    { kind: 'admin' },
    ...(doc.professionals ?? []).map((p): Viewer => ({ kind: 'professional', professional: p.id })),
    ...(doc.organizations ?? []).map((o): Viewer => ({ kind: 'organization', organization: o.id })),
    ...doc.members.map((m): Viewer => ({ kind: 'member', member: m.id })),
  ];
}

test('time travel after redaction never shows more than the redaction did', () => {
  const withViewer = familyAndDate.chain(({ doc, date }) => fc.constantFrom(...viewersOf(doc)).map((viewer) => ({ doc, date, viewer })));
  fc.assert(
    fc.property(withViewer, ({ doc, date, viewer }) => {
      const seen = redact(doc, viewer);
      const past = familyAt(seen, date);
      const seenIds = new Set(seen.members.map((m) => m.id));
      for (const m of past.members) assert.ok(seenIds.has(m.id), `member ${m.id} was in the redacted document`);
      const { asOf: _asOf, ...rest } = past;
      assert.ok(within(rest, seen), 'every value of the result is in the redacted document');
      assert.ok(validate(past).ok, 'still a valid document');
    }),
    { numRuns: 200 },
  );
});

test('the genogram lays out the family at any date', () => {
  fc.assert(
    fc.property(familyAndDate, ({ doc, date }) => {
      const out = familyAt(doc, date);
      const layout = layoutGenogram(out);
      assert.deepEqual(new Set(layout.members.map((m) => m.id)), new Set(out.members.map((m) => m.id)), 'every member placed');
    }),
    { numRuns: 200 },
  );
});

test('within() can fail: a value not in the source is caught', () => {
  const doc = fixtures.blendedFamily as unknown as FamilyDocument;
  const travelled = () => ({ ...familyAt(doc, '2000'), asOf: doc.asOf });
  assert.equal(within(travelled(), doc), true, 'the untouched result is within');
  const out = travelled();
  out.members[0]!.phone = 'invented';
  assert.equal(within(out, doc), false, 'an invented field is caught');
  const again = travelled();
  again.members.push({ id: 'new', name: 'New', gender: 'male' });
  assert.equal(within(again, doc), false, 'an invented member is caught');
});
