import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildNetworkModel } from '../src/network/network-model.js';
import type { FamilyDocument } from '../src/types.generated.js';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import { fixtures } from '../../../test/fixtures/index.js';

const fixtureDocuments = Object.values(fixtures).map((d) => d as unknown as FamilyDocument);
const synthetic = fc.tuple(fc.integer({ min: 4, max: 80 }), fc.nat()).map(([size, seed]) => syntheticFamily(size, seed) as unknown as FamilyDocument);

/**
 * Neither the fixtures nor the synthetic families have a worker met only at meetings:
 * guests (professionals tied to nothing else) join random events, some of which are cancelled.
 */
const withGuests = fc
  .tuple(synthetic, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 12 }))
  .map(([doc, picks]): FamilyDocument => {
    const events = (doc.events ?? []).map((e) => ({ ...e }));
    const organization = doc.organizations?.[0]?.id;
    if (events.length === 0 || organization === undefined) return doc;
    const guests = [1, 2, 3].map((n) => ({ id: `guest-${n}`, name: `Guest ${n}`, organization }));
    for (const [at, guest, cancel] of picks) {
      const event = events[at % events.length]!;
      event.professionals = [...new Set([...(event.professionals ?? []), `guest-${guest}`])];
      if (cancel) event.status = 'cancelled';
    }
    return { ...doc, professionals: [...(doc.professionals ?? []), ...guests], events };
  });

const family = fc.oneof(fc.constantFrom(...fixtureDocuments), synthetic, withGuests);

// The groups are built from per-member indexes; these are their definitions, written plainly.
test('each member group lists exactly the services naming the member, in document order, each once', () => {
  fc.assert(
    fc.property(family, (doc) => {
      const model = buildNetworkModel(doc);
      for (const group of model.memberGroups) {
        const expected = (doc.services ?? []).filter((s) => s.members.includes(group.member.id)).map((s) => s.id);
        const listed = [...group.workers.flatMap((w) => w.services), ...group.unstaffedServices].map((s) => s.serviceId);
        assert.deepEqual([...listed].sort(), [...expected].sort(), `services of ${group.member.id}`);
        const unstaffed = group.unstaffedServices.map((s) => s.serviceId);
        assert.deepEqual(unstaffed, expected.filter((id) => unstaffed.includes(id)), 'unstaffed services keep document order');
        for (const worker of group.workers) {
          const ids = worker.services.map((s) => s.serviceId);
          assert.deepEqual(ids, expected.filter((id) => ids.includes(id)), `services of ${worker.professionalId} keep document order`);
        }
      }
      const grouped = new Set(model.memberGroups.map((g) => g.member.id));
      for (const s of doc.services ?? []) for (const id of s.members) assert.ok(grouped.has(id), `${id} has a service, so a group`);
    }),
    { numRuns: 60 },
  );
});

test('a worker met only at events lists exactly the member’s events they attended that were not cancelled', () => {
  fc.assert(
    fc.property(withGuests, (doc) => {
      const groups = buildNetworkModel(doc).memberGroups;
      for (const group of groups) {
        const guests = new Set(
          (doc.events ?? [])
            .filter((e) => e.status !== 'cancelled' && (e.members ?? []).includes(group.member.id))
            .flatMap((e) => (e.professionals ?? []).filter((id) => id.startsWith('guest-'))),
        );
        const met = group.workers.filter((w) => w.viaEventsOnly).map((w) => w.professionalId);
        assert.deepEqual([...met].sort(), [...guests].sort(), `guests met by ${group.member.id}`);
        for (const worker of group.workers.filter((w) => w.viaEventsOnly)) {
          const expected = (doc.events ?? [])
            .filter((e) => e.status !== 'cancelled' && (e.members ?? []).includes(group.member.id))
            .filter((e) => (e.professionals ?? []).includes(worker.professionalId))
            .map((e) => e.id);
          assert.deepEqual(worker.events.map((e) => e.eventId), [...new Set(expected)], `${worker.professionalId} for ${group.member.id}`);
        }
      }
    }),
    { numRuns: 60 },
  );
});
