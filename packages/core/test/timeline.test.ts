import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayNumber } from '../src/dates.js';
import { normalize } from '../src/normalize.js';
import { doorsByYear, serviceBars, timeSpan, type DoorCount } from '../src/timeline/service-bars.js';
import type { FamilyDocument } from '../src/types.generated.js';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';

const family = (): FamilyDocument => ({
  schemaVersion: '1.0',
  asOf: '2025-03-01',
  members: [
    { id: 'mum', name: 'Mum', gender: 'female' },
    { id: 'kid', name: 'Kid', gender: 'male' },
  ],
  organizations: [
    { id: 'social', name: 'Social', sector: 'social' },
    { id: 'clinic', name: 'Clinic', sector: 'health' },
  ],
  professionals: [
    { id: 'sw', name: 'Sonja', organization: 'social' },
    { id: 'nurse', name: 'Nina', organization: 'clinic' },
    { id: 'doc', name: 'Dora', organization: 'clinic' },
  ],
  services: [
    { id: 'family-work', name: 'Family work', organization: 'social', members: ['mum', 'kid'], responsible: 'sw', status: 'active', periods: [{ start: '2024-01', end: '2024-06-30' }, { start: '2024-09-01' }] },
    { id: 'speech', name: 'Speech therapy', organization: 'clinic', sector: 'health', members: ['kid'], status: 'waiting', periods: [], applied: '2025-01-15' },
    { id: 'refused', name: 'Refused', organization: 'clinic', members: ['kid'], status: 'declined', periods: [{ start: '2023-05-01', end: '2023-05-01' }] },
  ],
  events: [{ id: 'meet', kind: 'meeting', title: 'Meeting', start: '2024-10-10', status: 'done', members: ['kid'], professionals: ['nurse', 'doc'] }],
});

describe('serviceBars', () => {
  test('one bar per member and period; an open end runs to asOf; a waiting bar from the application to asOf', () => {
    const bars = serviceBars(normalize(family()));
    const work = bars.filter((b) => b.serviceId === 'family-work');
    assert.equal(work.length, 4, 'two members × two periods');
    const closed = work.find((b) => b.memberId === 'kid' && b.periodIndex === 0)!;
    assert.equal(closed.start, dayNumber(2024, 1, 1), 'a month-precision start begins on its first day');
    assert.equal(closed.end, dayNumber(2024, 7, 1), 'ends are exclusive');
    const open = work.find((b) => b.memberId === 'kid' && b.periodIndex === 1)!;
    assert.equal(open.openEnd, true);
    assert.equal(open.end, dayNumber(2025, 3, 2), 'runs through asOf');
    const waiting = bars.find((b) => b.serviceId === 'speech')!;
    assert.deepEqual([waiting.status, waiting.start, waiting.end, waiting.periodIndex], ['waiting', dayNumber(2025, 1, 15), dayNumber(2025, 3, 2), undefined]);
    assert.equal(waiting.sector, 'health');
    assert.equal(bars.find((b) => b.serviceId === 'refused')!.status, 'declined');
  });

  test('every bar has a positive length, for synthetic families', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 80 }), fc.nat(), (size, seed) => {
        const doc = syntheticFamily(size, seed) as unknown as FamilyDocument;
        for (const bar of serviceBars(normalize(doc))) assert.ok(bar.end > bar.start, `${bar.serviceId} ${bar.start}..${bar.end}`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('doorsByYear', () => {
  test('counts distinct organisations and workers per member and year; refused services are not doors', () => {
    const doors = doorsByYear(normalize(family()));
    assert.deepEqual(doors.get('kid'), [
      { year: 2024, organizations: 1, professionals: 3 },
      { year: 2025, organizations: 2, professionals: 1 },
    ]);
    assert.deepEqual(doors.get('mum'), [
      { year: 2024, organizations: 1, professionals: 1 },
      { year: 2025, organizations: 1, professionals: 1 },
    ]);
  });
});

/**
 * The first, plain implementation: a set of ids per member and year, filled year by year.
 * Kept as the oracle for the span-based one, which must give exactly the same counts.
 */
function doorsByYearOracle(doc: FamilyDocument): Map<string, DoorCount[]> {
  const family = normalize(doc);
  const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  const organizations = new Map<string, Map<number, Set<string>>>();
  const professionals = new Map<string, Map<number, Set<string>>>();
  const add = (index: Map<string, Map<number, Set<string>>>, memberId: string, year: number, id: string) => {
    const byYear = index.get(memberId) ?? new Map<number, Set<string>>();
    index.set(memberId, byYear);
    byYear.set(year, (byYear.get(year) ?? new Set()).add(id));
  };
  for (const bar of serviceBars(family)) {
    const service = family.services.get(bar.serviceId);
    if (bar.status === 'declined' || !service) continue;
    for (let year = yearOf(bar.start); year <= yearOf(bar.end - 1); year++) {
      add(organizations, bar.memberId, year, service.organization);
      if (service.responsible !== undefined) add(professionals, bar.memberId, year, service.responsible);
    }
  }
  for (const event of doc.events ?? []) {
    const start = family.eventStart.get(event.id);
    if (event.status === 'cancelled' || !start) continue;
    for (const memberId of event.members ?? []) for (const id of event.professionals ?? []) add(professionals, memberId, yearOf(start.first), id);
  }
  const result = new Map<string, DoorCount[]>();
  for (const memberId of new Set([...organizations.keys(), ...professionals.keys()])) {
    const years = new Set([...(organizations.get(memberId)?.keys() ?? []), ...(professionals.get(memberId)?.keys() ?? [])]);
    result.set(
      memberId,
      [...years]
        .sort((a, b) => a - b)
        .map((year) => ({ year, organizations: organizations.get(memberId)?.get(year)?.size ?? 0, professionals: professionals.get(memberId)?.get(year)?.size ?? 0 })),
    );
  }
  return result;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Services and events over a few members, organisations and workers, with overlapping, touching and decades-long periods. */
const randomServiceFamily = (maxServices: number, minServices = 0) =>
  fc
  .record({
    services: fc.array(
      fc.record({
        members: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
        organization: fc.constantFrom('o1', 'o2', 'o3'),
        responsible: fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: undefined }),
        status: fc.constantFrom('active', 'ended', 'declined', 'waiting', 'planned'),
        periods: fc.array(
          fc.record({ start: fc.integer({ min: -3_000, max: 20_000 }), length: fc.option(fc.integer({ min: 0, max: 15_000 }), { nil: undefined }), yearOnly: fc.boolean() }),
          { maxLength: 4 },
        ),
      }),
      { minLength: minServices, maxLength: maxServices },
    ),
    events: fc.array(
      fc.record({
        members: fc.subarray(['a', 'b', 'c']),
        professionals: fc.subarray(['p1', 'p2', 'p3']),
        day: fc.integer({ min: -3_000, max: 20_000 }),
        cancelled: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  })
  .map(
    ({ services, events }): FamilyDocument =>
      ({
        schemaVersion: '1.0',
        asOf: '2025-03-01',
        members: ['a', 'b', 'c'].map((id) => ({ id, name: id, gender: 'unknown' })),
        organizations: ['o1', 'o2', 'o3'].map((id) => ({ id, name: id, sector: 'social' })),
        professionals: ['p1', 'p2', 'p3'].map((id) => ({ id, name: id, organization: 'o1' })),
        services: services.map((service, i) => ({
          id: `s${i}`,
          name: `Service ${i}`,
          organization: service.organization,
          members: service.members,
          ...(service.responsible === undefined ? {} : { responsible: service.responsible }),
          status: service.status,
          ...(service.status === 'waiting' ? { applied: isoDay(service.periods[0]?.start ?? 18_000) } : {}),
          periods: service.periods.map((p) => ({
            start: p.yearOnly ? isoDay(p.start).slice(0, 4) : isoDay(p.start),
            ...(p.length === undefined ? {} : { end: isoDay(p.start + p.length) }),
          })),
        })),
        events: events.map((event, i) => ({
          id: `e${i}`,
          kind: 'meeting',
          title: `Event ${i}`,
          start: isoDay(event.day),
          status: event.cancelled ? 'cancelled' : 'done',
          members: event.members,
          professionals: event.professionals,
        })),
      }) as FamilyDocument,
  );

describe('doorsByYear against the year-by-year oracle', () => {
  test('the same counts for random services and events (property)', () => {
    fc.assert(
      fc.property(randomServiceFamily(12), (doc) => {
        assert.deepEqual([...doorsByYear(normalize(doc))], [...doorsByYearOracle(doc)]);
      }),
      { numRuns: 300 },
    );
  });

  test('the same counts when a member meets dozens of organisations and workers (property)', () => {
    // Over 32 periods for one member takes another sorting path.
    fc.assert(
      fc.property(randomServiceFamily(48, 24), (doc) => {
        assert.deepEqual([...doorsByYear(normalize(doc))], [...doorsByYearOracle(doc)]);
      }),
      { numRuns: 100 },
    );
  });

  test('the same counts for synthetic families', () => {
    for (const [size, seed] of [[100, 1], [400, 2], [1600, 20251124]] as const) {
      const doc = syntheticFamily(size, seed);
      const doors = doorsByYear(normalize(doc));
      assert.ok(doors.size > size / 2, `most of the ${size} members have doors`);
      assert.deepEqual([...doors], [...doorsByYearOracle(doc)], `size ${size}`);
    }
  });
});

describe('timeSpan', () => {
  test('covers every bar, event and asOf', () => {
    const span = timeSpan(normalize(family()))!;
    assert.equal(span.start, dayNumber(2023, 5, 1));
    assert.equal(span.end, dayNumber(2025, 3, 2));
    assert.equal(timeSpan(normalize({ schemaVersion: '1.0', members: [] })), undefined);
  });
});
