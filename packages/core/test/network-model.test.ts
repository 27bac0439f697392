import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../src/consent/redact.js';
import { dayNumber } from '../src/dates.js';
import { buildNetworkModel } from '../src/network/network-model.js';
import type { FamilyDocument } from '../src/types.generated.js';
import { validate } from '../src/validate/index.js';
import { fixtures } from '../../../test/fixtures/index.js';

const family = (): FamilyDocument => ({
  schemaVersion: '1.0',
  asOf: '2025-03-01',
  members: [
    { id: 'mum', name: 'Mira Mum', gender: 'female' },
    { id: 'kid', name: 'Kai Kid', gender: 'male' },
    { id: 'baby', name: 'Bea Baby', gender: 'female' },
  ],
  organizations: [
    { id: 'social', name: 'Social office', sector: 'social', phone: '+358 9 100', url: 'https://social.example' },
    { id: 'clinic', name: 'Clinic', sector: 'health' },
  ],
  professionals: [
    { id: 'sw', name: 'Sonja Social', title: 'Social worker', organization: 'social', phone: '+358 9 101', email: 'sonja@social.example', availability: 'Mon 9–10' },
    { id: 'sw2', name: 'Seppo Second', organization: 'social', phone: '+358 9 102' },
    { id: 'old', name: 'Olli Old', organization: 'social' },
    { id: 'nurse', name: 'Nina Nurse', organization: 'clinic' },
    { id: 'guest', name: 'Gabriel Guest', title: 'Interpreter', organization: 'clinic', phone: '+358 9 200' },
  ],
  services: [
    { id: 'past', name: 'Past support', organization: 'social', members: ['mum'], responsible: 'old', status: 'ended', periods: [{ start: '2020', end: '2021' }] },
    { id: 'family-work', name: 'Family work', organization: 'social', members: ['mum', 'kid'], responsible: 'sw', status: 'active', periods: [{ start: '2024-01' }] },
    { id: 'speech', name: 'Speech therapy', organization: 'clinic', members: ['kid'], responsible: 'nurse', status: 'waiting', applied: '2025-01-15' },
    { id: 'check', name: 'Health check', organization: 'clinic', members: ['kid'], responsible: 'nurse', status: 'active', periods: [{ start: '2024-02' }] },
    { id: 'housing', name: 'Housing', organization: 'social', members: ['mum'], status: 'active', periods: [{ start: '2023' }] },
  ],
  coordinators: [
    { id: 'c-old', professional: 'old', members: ['mum'], title: 'Former coordinator', period: { start: '2020', end: '2021-12-31' } },
    { id: 'c-now', professional: 'sw', backup: 'sw2', members: ['mum', 'kid'], title: 'Luottohenkilö', period: { start: '2024-01-01' } },
    { id: 'c-untitled', professional: 'nurse', members: ['kid'] },
  ],
  events: [
    { id: 'e-done', kind: 'meeting', title: 'Done meeting', start: '2025-04-01', status: 'done', members: ['mum'] },
    { id: 'e-cancelled', kind: 'meeting', title: 'Cancelled', start: '2025-04-02', status: 'cancelled', members: ['mum'], professionals: ['guest'] },
    { id: 'e-past', kind: 'meeting', title: 'Past plan', start: '2025-02-01', status: 'planned', members: ['mum'] },
    { id: 'e-later', kind: 'plan-review', title: 'Plan review', start: '2025-05-10', status: 'planned', members: ['mum', 'kid'], professionals: ['sw'] },
    { id: 'e-soon', kind: 'network-meeting', title: 'Network meeting', start: '2025-03-18T13:00:00+02:00', status: 'planned', members: ['kid'], professionals: ['guest', 'sw'], location: 'Clinic' },
    { id: 'e-today', kind: 'contact', title: 'Phone call', start: '2025-03-01', status: 'planned', members: ['mum'] },
    { id: 'e-month', kind: 'assessment', title: 'Some day in June', start: '2025-06', status: 'planned', members: ['kid'] },
  ],
  goals: [
    { id: 'g-done', text: 'Own home', members: ['mum'], status: 'achieved', owner: { member: 'mum' } },
    { id: 'g-open', text: 'Kid goes to school', members: ['kid'], status: 'open', due: '2025-08' },
    {
      id: 'g-work',
      text: 'Mum finds work',
      members: ['mum'],
      status: 'in-progress',
      owner: { professional: 'sw' },
      tasks: [
        { text: 'Write a CV', done: true, assignee: { member: 'mum' } },
        { text: 'Book a visit', done: false, assignee: { professional: 'sw2' } },
        { text: 'Unassigned', done: false },
      ],
    },
    { id: 'g-dropped', text: 'Dropped goal', members: ['kid'], status: 'dropped' },
  ],
});

describe('buildNetworkModel', () => {
  test('the test family is valid', () => {
    const result = validate(family());
    assert.ok(result.ok, `invalid: ${JSON.stringify(result.ok ? [] : result.errors.slice(0, 3))}`);
  });

  test('coordinators active at asOf, with their own title, contacts, backup and members', () => {
    const model = buildNetworkModel(family());
    assert.deepEqual(model.coordinators.map((c) => c.coordinatorId), ['c-now', 'c-untitled'], 'the 2020–2021 coordinator is over');
    const [now, untitled] = model.coordinators;
    assert.equal(now?.role, 'Luottohenkilö', 'the document’s own title');
    assert.deepEqual(now?.coordinator, {
      professionalId: 'sw',
      name: 'Sonja Social',
      title: 'Social worker',
      phone: '+358 9 101',
      email: 'sonja@social.example',
      availability: 'Mon 9–10',
      organization: { id: 'social', name: 'Social office', phone: '+358 9 100', url: 'https://social.example' },
    }, 'all the contact details');
    assert.equal(now?.backup?.name, 'Seppo Second', 'the backup');
    assert.deepEqual(now?.members.map((m) => m.name), ['Mira Mum', 'Kai Kid'], 'for whom');
    assert.equal(untitled?.role, undefined, 'no title: the view supplies a generic one');
    assert.equal(untitled?.backup, undefined, 'no backup');
  });

  test('asOf may be given as a date string or a day number', () => {
    const early = buildNetworkModel(family(), { asOf: '2021-06-01' });
    assert.deepEqual(early.coordinators.map((c) => c.coordinatorId), ['c-old', 'c-untitled'], 'as of 2021');
    const byDay = buildNetworkModel(family(), { asOf: dayNumber(2021, 6, 1) });
    assert.deepEqual(byDay.coordinators.map((c) => c.coordinatorId), ['c-old', 'c-untitled'], 'the same by day number');
    assert.equal(byDay.asOf, '2021-06-01', 'the day number as a date');
  });

  test('workers grouped by member, current services first, in the given member order', () => {
    const model = buildNetworkModel(family(), { memberOrder: ['kid', 'nobody', 'kid'] });
    assert.deepEqual(model.memberGroups.map((g) => g.member.id), ['kid', 'mum'], 'given order, then document order; nobody without services');
    const kid = model.memberGroups[0]!;
    assert.deepEqual(kid.workers.map((w) => [w.professionalId, w.services.map((s) => s.serviceId)]), [
      ['sw', ['family-work']],
      ['nurse', ['speech', 'check']],
      ['guest', []],
    ], 'one worker per professional with all their services');
    const guest = kid.workers[2]!;
    assert.equal(guest.viaEventsOnly, true, 'met only at an event');
    assert.deepEqual(guest.events, [{ eventId: 'e-soon', title: 'Network meeting' }], 'the cancelled event does not count');
    const mum = model.memberGroups[1]!;
    assert.deepEqual(mum.workers.map((w) => w.professionalId), ['sw', 'old'], 'the worker of an ended service comes last');
    assert.deepEqual(mum.unstaffedServices.map((s) => [s.serviceId, s.organization?.phone]), [['housing', '+358 9 100']], 'a service with nobody named: call the organisation');
    assert.ok(!mum.workers.some((w) => w.professionalId === 'guest'), 'the guest was at mum’s event only when it was cancelled');
  });

  test('next planned events: from asOf on, soonest first, capped with a count of the rest', () => {
    const model = buildNetworkModel(family());
    assert.deepEqual(model.events.map((e) => e.eventId), ['e-today', 'e-soon', 'e-later', 'e-month'], 'planned and not before asOf');
    assert.equal(model.moreEvents, 0, 'nothing left over');
    const soon = model.events[1]!;
    assert.deepEqual(soon.members, [{ id: 'kid', name: 'Kai Kid' }], 'who attends');
    assert.deepEqual(soon.professionals.map((p) => p.name), ['Gabriel Guest', 'Sonja Social'], 'and which workers');
    assert.equal(soon.location, 'Clinic', 'where');
    const capped = buildNetworkModel(family(), { maxEvents: 2 });
    assert.deepEqual(capped.events.map((e) => e.eventId), ['e-today', 'e-soon'], 'the soonest two');
    assert.equal(capped.moreEvents, 2, 'and two more');
  });

  test('the shared plan: open goals first, with owner, due date and tasks', () => {
    const model = buildNetworkModel(family());
    assert.deepEqual(model.goals.map((g) => g.goalId), ['g-work', 'g-open', 'g-done', 'g-dropped'], 'in progress, open, achieved, dropped');
    const work = model.goals[0]!;
    assert.deepEqual(work.owner, { kind: 'professional', id: 'sw', name: 'Sonja Social' }, 'owner');
    assert.deepEqual(work.tasks, [
      { text: 'Write a CV', done: true, assignee: { kind: 'member', id: 'mum', name: 'Mira Mum' } },
      { text: 'Book a visit', done: false, assignee: { kind: 'professional', id: 'sw2', name: 'Seppo Second' } },
      { text: 'Unassigned', done: false },
    ], 'tasks');
    assert.equal(model.goals[1]!.due, '2025-08', 'due date');
  });

  test('references to removed things are skipped, never a crash', () => {
    const doc = family();
    doc.professionals = doc.professionals!.filter((p) => p.id !== 'sw2' && p.id !== 'nurse');
    doc.organizations = [];
    doc.members = [doc.members[0]!, { id: 'hidden-1', name: '?', gender: 'unknown', placeholder: true }];
    const model = buildNetworkModel(doc);
    assert.deepEqual(model.coordinators.map((c) => c.coordinatorId), ['c-now'], 'a coordinator who is gone is left out');
    assert.equal(model.coordinators[0]?.backup, undefined, 'a backup who is gone is left out');
    assert.deepEqual(model.coordinators[0]?.members.map((m) => m.id), ['mum'], 'a member who is gone is left out');
    assert.equal(model.coordinators[0]?.coordinator.organization, undefined, 'an organisation that is gone is left out');
    assert.deepEqual(model.memberGroups.map((g) => g.member.id), ['mum'], 'no group for a placeholder');
    assert.ok(model.events.every((e) => e.members.every((m) => m.id === 'mum')), 'only members still there attend');
    assert.equal(model.goals[0]!.tasks[1]!.assignee, undefined, 'an assignee who is gone is left out');
    const empty = buildNetworkModel({ schemaVersion: '1.0', members: [] });
    assert.deepEqual(empty, { coordinators: [], memberGroups: [], events: [], moreEvents: 0, goals: [] }, 'an empty document');
  });

  test('on a redacted fixture, only what redaction kept appears', () => {
    const custody = fixtures.custodyDispute as unknown as FamilyDocument;
    const model = buildNetworkModel(redact(custody, { kind: 'professional', professional: 'pr-annika' }));
    const text = JSON.stringify(model);
    assert.ok(text.includes('Annika Sjöberg'), 'the viewer’s own work is there');
    for (const removed of ['Venla', 'Janne', 'Timo Järvinen', 'Supervised meetings', '+358 2 555 3261', 'Shelter stay']) {
      assert.ok(!text.includes(removed), `${removed} was removed by redaction`);
    }
    const janne = buildNetworkModel(redact(custody, { kind: 'member', member: 'm-janne' }));
    assert.deepEqual(
      [janne.coordinators.length, janne.memberGroups.length, janne.events.length, janne.goals.length],
      [0, 0, 0, 0],
      'the father who is denied his children’s data sees no network of theirs',
    );
  });
});
