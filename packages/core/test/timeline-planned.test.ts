import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber } from '../src/dates.js';
import { normalize } from '../src/normalize.js';
import { plannedBars } from '../src/timeline/planned-bars.js';
import type { FamilyDocument, Service } from '../src/types.generated.js';

const withServices = (services: Service[], asOf: string | null = '2025-03-01'): FamilyDocument => ({
  schemaVersion: '1.0',
  ...(asOf === null ? {} : { asOf }),
  members: [
    { id: 'mum', name: 'Mum', gender: 'female' },
    { id: 'kid', name: 'Kid', gender: 'male' },
  ],
  organizations: [{ id: 'parish', name: 'Parish', sector: 'parish' }],
  services,
});

const planned = (extra: Partial<Service> = {}): Service => ({
  id: 'couples',
  name: 'Couples course',
  organization: 'parish',
  members: ['mum', 'kid'],
  status: 'planned',
  ...extra,
});

describe('plannedBars', () => {
  test('a planned service without periods runs from its application to asOf, in each member’s lane', () => {
    const bars = plannedBars(normalize(withServices([planned({ applied: '2025-02-03' })])));
    assert.equal(bars.length, 2, 'one bar per member');
    for (const bar of bars) {
      assert.equal(bar.status, 'planned', 'status planned');
      assert.equal(bar.start, dayNumber(2025, 2, 3), 'starts on the application day');
      assert.equal(bar.end, dayNumber(2025, 3, 2), 'runs through asOf (exclusive end)');
      assert.equal(bar.openEnd, true, 'open end');
      assert.equal(bar.sector, 'parish', 'sector from the organisation');
    }
    assert.deepEqual(bars.map((b) => b.memberId), ['mum', 'kid'], 'members in order');
  });

  test('without an application date it is one day on asOf', () => {
    const [bar] = plannedBars(normalize(withServices([planned({ members: ['kid'] })])));
    assert.ok(bar, 'a bar');
    assert.deepEqual([bar.start, bar.end], [dayNumber(2025, 3, 1), dayNumber(2025, 3, 2)], 'the asOf day');
  });

  test('dated periods, other statuses, a later application or no asOf give nothing', () => {
    assert.equal(plannedBars(normalize(withServices([planned({ periods: [{ start: '2025-05-01' }] })]))).length, 0, 'dated periods are serviceBars’ job');
    assert.equal(plannedBars(normalize(withServices([planned({ status: 'waiting', applied: '2025-01-01' })]))).length, 0, 'waiting is not planned');
    assert.equal(plannedBars(normalize(withServices([planned({ applied: '2025-04-01' })]))).length, 0, 'applied after asOf');
    assert.equal(plannedBars(normalize(withServices([planned()], null))).length, 0, 'no asOf');
  });
});
