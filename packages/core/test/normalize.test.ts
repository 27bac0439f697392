// normalize(): indexes by id, parsed dates and relation lookups, without touching the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dayNumber, normalize, validate, type FamilyDocument } from '../src/index.js';

const schema = JSON.parse(readFileSync(new URL('../src/schema/family-document.schema.json', import.meta.url), 'utf8')) as { examples: unknown[] };
function exampleDocument(): FamilyDocument {
  const result = validate(structuredClone(schema.examples[0]));
  assert.ok(result.ok, 'result.ok');
  return result.document;
}
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

test('normalize: every entity by id, and kindOf', () => {
  const n = normalize(exampleDocument());
  assert.equal(n.members.get('m-child')?.name, 'Sara');
  assert.equal(n.members.size, 6);
  assert.equal(n.organizations.get('org-school')?.sector, 'education');
  assert.equal(n.services.get('sv-2')?.sensitive, true);
  assert.equal(n.kindOf('fam-1'), 'family');
  assert.equal(n.kindOf('m-child'), 'member');
  assert.equal(n.kindOf('pe-1'), 'parentage');
  assert.equal(n.kindOf('tw-1'), 'twins');
  assert.equal(n.kindOf('ev-1'), 'event');
  assert.equal(n.kindOf('ghost'), undefined);
});

test('normalize: dates are parsed once', () => {
  const n = normalize(exampleDocument());
  assert.equal(n.asOf?.first, dayNumber(2025, 3, 1));
  assert.equal(n.birth.get('m-father')?.precision, 'year');
  assert.equal(n.death.get('m-grandma')?.last, dayNumber(2019, 11, 30));
  assert.equal(n.birth.has('m-pregnancy'), false);
  assert.equal(n.periods.get('bo-1')?.end?.last, dayNumber(2023, 2, 28));
  assert.equal(n.periods.get('hh-1')?.end, undefined);
  assert.equal(n.servicePeriods.get('sv-2')?.[0]?.end?.first, dayNumber(2023, 3, 15));
  assert.deepEqual(n.servicePeriods.get('sv-3'), []);
  assert.equal(n.serviceApplied.get('sv-1')?.precision, 'month');
  assert.equal(n.eventStart.get('ev-1')?.precision, 'time');
  assert.equal(n.eventEnd.has('ev-2'), false);
  assert.equal(n.goalDue.get('go-1')?.month, 6);
  assert.equal(n.noteDate.get('no-1')?.day, 10);
  assert.equal(n.consentDate.get('cs-1')?.year, 2024);
  assert.deepEqual(n.partnershipHistory.get('pa-1')?.map((h) => [h.status, h.start?.year]), [['married', 2010], ['separated', 2023]]);
});

test('normalize: parents and children both ways', () => {
  const n = normalize(exampleDocument());
  assert.deepEqual(n.parentsOf.get('m-child').map((p) => p.parent), ['m-mother', 'm-father']);
  assert.deepEqual(n.childrenOf.get('m-mother').map((p) => p.child), ['m-child', 'm-twin', 'm-pregnancy']);
  assert.deepEqual(n.parentsOf.get('m-grandma'), []);
  assert.deepEqual(n.childrenOf.get('nobody'), []);
  assert.equal(n.childrenOf.has('m-grandma'), true);
});

test('normalize: partners, twins, bonds and households by member', () => {
  const n = normalize(exampleDocument());
  assert.deepEqual(n.partnersOf('m-mother'), ['m-father']);
  assert.deepEqual(n.partnersOf('m-child'), []);
  assert.deepEqual(ids(n.partnershipsOf.get('m-father')), ['pa-1']);
  assert.deepEqual(ids(n.twinsOf.get('m-twin')), ['tw-1']);
  assert.deepEqual(ids(n.bondsOf.get('m-mother')), ['bo-1']);
  assert.deepEqual(ids(n.householdsOf.get('m-child')), ['hh-1']);
  assert.deepEqual(n.householdsOf.get('m-father'), []);
});

test('normalize: the network by member, organisation and service', () => {
  const n = normalize(exampleDocument());
  assert.deepEqual(ids(n.servicesOf.get('m-mother')), ['sv-1', 'sv-2']);
  assert.deepEqual(ids(n.servicesOf.get('m-child')), ['sv-1', 'sv-3']);
  assert.deepEqual(ids(n.servicesByOrganization.get('org-social')), ['sv-1', 'sv-2']);
  assert.deepEqual(ids(n.professionalsByOrganization.get('org-school')), ['pro-2']);
  assert.deepEqual(ids(n.coordinatorsOf.get('m-twin')), ['co-1']);
  assert.deepEqual(ids(n.eventsOf.get('m-mother')), ['ev-1']);
  assert.deepEqual(ids(n.eventsByService.get('sv-1')), ['ev-1', 'ev-2']);
  assert.deepEqual(ids(n.goalsOf.get('m-child')), ['go-1']);
  assert.deepEqual(ids(n.goalsByService.get('sv-1')), ['go-1']);
  assert.deepEqual(ids(n.notesAbout.get('m-mother')), ['no-1']);
  assert.deepEqual(ids(n.consentsFor.get('m-mother')), ['cs-1']);
  assert.deepEqual(ids(n.restrictionsFor.get('m-mother')), ['rs-1']);
  assert.deepEqual([...n.servicesOf.keys()].sort(), ['m-child', 'm-mother', 'm-twin']);
});

test('normalize: sectors, sensitivity, death, custody', () => {
  const doc = exampleDocument();
  doc.events?.push({ id: 'ev-3', kind: 'contact', title: 'Shelter call', start: '2023-02-02', status: 'done', services: ['sv-2'] });
  const n = normalize(doc);
  assert.equal(n.sectorOf('sv-1'), 'social', "the organisation's sector");
  assert.equal(n.sectorOf('sv-3'), 'education', 'its own sector');
  assert.equal(n.sectorOf('ghost'), undefined);
  assert.equal(n.isSensitiveEvent('ev-1'), false);
  assert.equal(n.isSensitiveEvent('ev-3'), true, 'tied to a sensitive service');
  assert.equal(n.isDeceased('m-grandma'), true);
  assert.equal(n.isDeceased('m-mother'), false);
  const [pe1, , , pe4] = doc.parentage ?? [];
  assert.ok(pe1 && pe4, 'pe1 && pe4');
  assert.equal(n.hasCustody(pe1), true, 'biological parent by default');
  assert.equal(n.hasCustody(pe4), false, 'explicitly not');
  assert.equal(n.hasCustody({ ...pe1, kind: 'foster' }), false);
  assert.equal(n.hasCustody({ ...pe1, kind: 'foster', custody: true }), true);
});

test('normalize: partnership status and ages at a date', () => {
  const n = normalize(exampleDocument());
  assert.equal(n.statusAt('pa-1', dayNumber(2009, 1, 1)), undefined);
  assert.equal(n.statusAt('pa-1', dayNumber(2010, 6, 1)), 'married');
  assert.equal(n.statusAt('pa-1', dayNumber(2022, 12, 31)), 'married');
  assert.equal(n.statusAt('pa-1', dayNumber(2024, 1, 1)), 'separated');
  assert.equal(n.ageAt('m-child'), 10);
  assert.equal(n.ageAt('m-father'), undefined, 'born "1982": 42 or 43 on 2025-03-01');
  assert.deepEqual(n.ageRangeAt('m-father'), { min: 42, max: 43 });
  assert.equal(n.ageAt('m-pregnancy'), undefined);
  const later = n.eventStart.get('ev-2');
  assert.ok(later, 'later');
  assert.equal(n.ageAt('m-child', later), 10);
});

test('normalize: pure — a frozen document is indexed, not changed', () => {
  const doc = exampleDocument();
  const freeze = (v: unknown): void => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(freeze);
      Object.freeze(v);
    }
  };
  freeze(doc);
  const before = JSON.stringify(doc);
  const n = normalize(doc);
  assert.equal(n.document, doc);
  assert.equal(JSON.stringify(doc), before);
  assert.equal(n.members.get('m-mother'), doc.members[0], 'entities are the document objects, not copies');
});

test('normalize: a minimal document has empty indexes', () => {
  const n = normalize({ schemaVersion: '1.0', members: [] });
  assert.equal(n.asOf, undefined);
  assert.equal(n.members.size, 0);
  assert.deepEqual(n.parentsOf.get('x'), []);
  assert.equal(n.statusAt('x', 0), undefined);
  assert.equal(n.ageAt('x'), undefined);
});

test('normalize: an index is built when first read, once, and reads only its own lists', () => {
  const doc = exampleDocument();
  const reads = new Map<string, number>();
  // Count reads of each top-level list: building an index reads the lists it needs.
  const watched = new Proxy(doc, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const n = normalize(watched);
  const before = new Map(reads);
  assert.deepEqual([...before.keys()].sort(), ['asOf'], 'normalize itself reads only asOf');
  const services = n.services;
  assert.equal(n.services, services, 'the same map on every read');
  assert.equal(reads.get('services'), 1);
  assert.equal(reads.has('members') || reads.has('partnerships') || reads.has('notes'), false, 'no other list was read');
  n.sectorOf('sv-2');
  assert.equal(reads.get('services'), 1);
  assert.equal(reads.get('organizations'), 1);
});
