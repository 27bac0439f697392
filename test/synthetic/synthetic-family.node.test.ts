import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../../packages/core/src/validate/index.js';
import { fixtures, fixtureList } from '../fixtures/index.js';
import { checkDocument } from './check-document.js';
import { syntheticFamily } from './synthetic-family.js';

test('fixtures: every sample family passes the test oracle and the product validator', () => {
  assert.deepEqual(fixtureList.map((f) => f.key).sort(), Object.keys(fixtures).sort());
  for (const { key, document } of fixtureList) {
    assert.deepEqual(checkDocument(document), [], key);
    const result = validate(document);
    assert.ok(result.ok, `${key}: ${JSON.stringify(!result.ok && result.errors.slice(0, 3))}`);
  }
});

test('syntheticFamily: exact size, valid, deterministic', () => {
  for (const size of [1, 2, 3, 10, 100, 1000]) {
    for (const seed of [0, 1, 7, 2 ** 31 - 1]) {
      const doc = syntheticFamily(size, seed);
      assert.equal(doc.members.length, size, `size ${size} seed ${seed}`);
      assert.deepEqual(checkDocument(doc), [], `size ${size} seed ${seed}`);
      const result = validate(doc);
      assert.ok(result.ok, `size ${size} seed ${seed}: ${JSON.stringify(!result.ok && result.errors.slice(0, 3))}`);
    }
  }
  assert.deepEqual(syntheticFamily(300, 5), syntheticFamily(300, 5));
  assert.notDeepEqual(syntheticFamily(300, 5), syntheticFamily(300, 6));
});

test('syntheticFamily: a large family has the structures the generator promises', (t) => {
  const started = performance.now();
  const doc = syntheticFamily(5000, 3);
  t.diagnostic(`5000 members in ${(performance.now() - started).toFixed(0)} ms`);
  assert.equal(doc.members.length, 5000);
  assert.deepEqual(checkDocument(doc), []);

  const kinds = new Set(doc.parentage.map((p) => p.kind));
  for (const kind of ['biological', 'adoptive', 'foster', 'step'] as const) assert.ok(kinds.has(kind), kind);
  assert.ok(doc.parentage.some((p) => p.kind === 'foster' && p.period?.start));
  assert.ok(doc.twins.some((tw) => tw.identical) && doc.twins.some((tw) => !tw.identical));
  assert.ok(doc.members.some((m) => m.kind === 'pregnancy') && doc.members.some((m) => m.kind === 'miscarriage'));
  assert.ok(doc.members.some((m) => m.deathDate) && doc.members.some((m) => m.deceased && !m.deathDate));
  assert.equal(doc.members.filter((m) => m.index).length, 1);

  // Divorce and remarriage, and both married-in partners and partners with parents in the document.
  const statuses = (id: string) => doc.partnerships.filter((p) => p.partners.includes(id));
  assert.ok(doc.members.some((m) => statuses(m.id).length >= 2 && statuses(m.id).some((p) => p.history.some((h) => h.status === 'divorced'))));
  const hasParents = new Set(doc.parentage.filter((p) => p.kind === 'biological' || p.kind === 'adoptive').map((p) => p.child));
  assert.ok(doc.partnerships.some((p) => p.partners.every((id) => hasParents.has(id))), 'both partners with ancestry');
  assert.ok(doc.partnerships.some((p) => p.partners.some((id) => !hasParents.has(id))), 'married-in partners');

  // About 4–5 service periods per member, every status, some sensitive; coordinators with backups; planned meetings.
  const periods = doc.services.reduce((sum, s) => sum + s.periods.length * s.members.length, 0) / doc.members.length;
  assert.ok(periods >= 4 && periods <= 5, `periods per member ${periods}`);
  const serviceStatuses = new Set(doc.services.map((s) => s.status));
  for (const s of ['planned', 'waiting', 'active', 'paused', 'ended', 'declined'] as const) assert.ok(serviceStatuses.has(s), s);
  assert.ok(doc.services.some((s) => s.sensitive));
  assert.ok(doc.coordinators.length > 0 && doc.coordinators.every((c) => c.backup));
  assert.ok(doc.events.some((e) => e.status === 'planned' && e.start > doc.asOf) && doc.events.some((e) => e.status === 'done'));
});
