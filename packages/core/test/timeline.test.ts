import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayNumber } from '../src/dates.js';
import { normalize } from '../src/normalize.js';
import { doorsByYear, serviceBars, timeSpan } from '../src/timeline/service-bars.js';
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

describe('timeSpan', () => {
  test('covers every bar, event and asOf', () => {
    const span = timeSpan(normalize(family()))!;
    assert.equal(span.start, dayNumber(2023, 5, 1));
    assert.equal(span.end, dayNumber(2025, 3, 2));
    assert.equal(timeSpan(normalize({ schemaVersion: '1.0', members: [] })), undefined);
  });
});
