import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { familyAt } from '../src/time-travel/family-at.js';
import { dateRange } from '../src/time-travel/date-range.js';
import { isValidAsOfDate } from '../src/time-travel/time-point.js';
import { redact } from '../src/consent/redact.js';
import type { FamilyDocument } from '../src/types.generated.js';
import { validate } from '../src/validate/index.js';
import { fixtures } from '../../../test/fixtures/index.js';

/**
 * One small family with one case per rule: Mum and Dad (married 2001, divorced 2014),
 * Mum and Stepdad (from 2016), Kid (2005) and Baby (2020), a foster child placed
 * 2018–2020, an adoption in 2012, a miscarriage, pregnancies with and without a date,
 * Gran (died 2010) and Grandpa (deceased, date unknown).
 */
const family = (): FamilyDocument => ({
  schemaVersion: '1.0',
  asOf: '2025-03-01',
  family: { id: 'fam', label: 'Test family' },
  members: [
    { id: 'gran', name: 'Gran', gender: 'female', birthDate: '1950', deathDate: '2010-06-01' },
    { id: 'grandpa', name: 'Grandpa', gender: 'male', birthDate: '1948', deceased: true },
    { id: 'mum', name: 'Mum', gender: 'female', birthDate: '1980-05-05' },
    { id: 'dad', name: 'Dad', gender: 'male', birthDate: '1978' },
    { id: 'stepdad', name: 'Stepdad', gender: 'male' },
    { id: 'kid', name: 'Kid', gender: 'male', birthDate: '2005-03-03', index: true },
    { id: 'twin', name: 'Twin', gender: 'female' },
    { id: 'baby', name: 'Baby', gender: 'female', birthDate: '2020-01-01' },
    { id: 'loss', name: 'Miscarriage', gender: 'unknown', kind: 'miscarriage', birthDate: '2015-06' },
    { id: 'due', name: 'Due in July', gender: 'unknown', kind: 'pregnancy', birthDate: '2025-07-01' },
    { id: 'expecting', name: 'Pregnancy', gender: 'unknown', kind: 'pregnancy' },
    { id: 'foster', name: 'Foster child', gender: 'male', birthDate: '2010' },
    { id: 'adopted', name: 'Adopted', gender: 'female', birthDate: '2011-02' },
  ],
  partnerships: [
    { id: 'p-mum-dad', partners: ['mum', 'dad'], history: [{ status: 'dating' }, { status: 'married', start: '2001-06' }, { status: 'divorced', start: '2014-09' }, { status: 'separated' }] },
    { id: 'p-mum-stepdad', partners: ['mum', 'stepdad'], history: [{ status: 'cohabiting', start: '2016-01' }, { status: 'married', start: '2018' }] },
    { id: 'p-gran-grandpa', partners: ['gran', 'grandpa'], history: [{ status: 'married', start: '1970' }, { status: 'widowed', start: '2010-06-01' }] },
  ],
  parentage: [
    { id: 'mum-kid', parent: 'mum', child: 'kid', kind: 'biological' },
    { id: 'dad-kid', parent: 'dad', child: 'kid', kind: 'biological', period: { end: '2015' } },
    { id: 'mum-baby', parent: 'mum', child: 'baby', kind: 'biological' },
    { id: 'stepdad-kid', parent: 'stepdad', child: 'kid', kind: 'step', period: { start: '2016-01' } },
    { id: 'mum-foster', parent: 'mum', child: 'foster', kind: 'foster', period: { start: '2018-01-15', end: '2020-12-31' } },
    { id: 'mum-adopted', parent: 'mum', child: 'adopted', kind: 'adoptive', period: { start: '2012-04' } },
    { id: 'gran-mum', parent: 'gran', child: 'mum', kind: 'biological' },
    { id: 'mum-due', parent: 'mum', child: 'due', kind: 'biological' },
  ],
  twins: [{ id: 'tw', members: ['kid', 'twin'] }],
  bonds: [
    { id: 'b-conflict', between: ['mum', 'dad'], quality: 'conflict', period: { start: '2012', end: '2014-09' } },
    { id: 'b-baby', between: ['kid', 'baby'], quality: 'close' },
    { id: 'b-gran', between: ['gran', 'kid'], quality: 'close' },
  ],
  households: [
    { id: 'h-first', members: ['mum', 'dad', 'kid'], period: { start: '2001-06', end: '2014-09' } },
    { id: 'h-now', members: ['mum', 'stepdad', 'kid', 'baby'], period: { start: '2016-01' } },
    { id: 'h-baby', members: ['baby'] },
  ],
  organizations: [{ id: 'social', name: 'Social work', sector: 'social' }],
  professionals: [{ id: 'sw', name: 'Sonja', organization: 'social' }],
  services: [
    { id: 's-family', name: 'Family work', organization: 'social', members: ['mum', 'kid'], status: 'active', periods: [{ start: '2019-01' }] },
    { id: 's-baby', name: 'Child health', organization: 'social', members: ['baby'], status: 'active', periods: [{ start: '2020-01' }] },
  ],
  coordinators: [
    { id: 'c-now', professional: 'sw', members: ['mum', 'baby'], period: { start: '2019-02' } },
    { id: 'c-baby', professional: 'sw', members: ['baby'] },
  ],
  events: [
    { id: 'e-both', kind: 'meeting', title: 'Meeting', start: '2021-03-01', status: 'done', members: ['mum', 'baby'], services: ['s-baby'] },
    { id: 'e-baby', kind: 'meeting', title: 'Check-up', start: '2021-03-01T10:00:00+02:00', status: 'done', members: ['baby'] },
    { id: 'e-service', kind: 'plan', title: 'Plan', start: '2020-05-01', status: 'done', services: ['s-baby'] },
    { id: 'e-nobody', kind: 'milestone', title: 'Milestone', start: '2000', status: 'done' },
    { id: 'e-planned', kind: 'network-meeting', title: 'Next', start: '2025-04-01', end: '2025-04-02', status: 'planned' },
  ],
  goals: [{ id: 'g', text: 'Goal', status: 'open', members: ['mum', 'baby'], owner: { member: 'baby' }, tasks: [{ text: 'T', done: false, assignee: { member: 'baby' } }, { text: 'U', done: true, assignee: { member: 'mum' } }] }],
  notes: [
    { id: 'n-by-baby', author: { member: 'baby' }, about: ['mum'], date: '2024', text: 'Hi' },
    { id: 'n-about', author: { member: 'mum' }, about: ['mum', 'baby'], date: '2024', text: 'Us' },
    { id: 'n-only-baby', author: { professional: 'sw' }, about: ['baby'], date: '2024', text: 'Baby' },
  ],
  consents: [
    { id: 'k-baby', subject: 'baby', grantedBy: 'mum', to: { organizations: ['social'] }, scope: ['services'], status: 'active' },
    { id: 'k-kid', subject: 'kid', grantedBy: 'mum', to: { members: ['baby', 'dad'] }, scope: ['notes'], status: 'active' },
    { id: 'k-to-baby', subject: 'mum', grantedBy: 'mum', to: { members: ['baby'] }, scope: ['notes'], status: 'active' },
    { id: 'k-by-baby', subject: 'mum', grantedBy: 'baby', to: { organizations: ['social'] }, scope: ['notes'], status: 'active' },
  ],
  restrictions: [
    { id: 'r-baby', subject: 'mum', deny: { members: ['baby'] }, scope: ['all'], reason: 'other' },
    { id: 'r-mixed', subject: 'kid', deny: { members: ['baby'], professionals: ['sw'] }, scope: ['notes'], reason: 'other' },
  ],
});

const ids = (items: ReadonlyArray<{ id: string }> | undefined) => (items ?? []).map((i) => i.id);
const byId = <T extends { id: string }>(items: readonly T[] | undefined, id: string): T | undefined => items?.find((i) => i.id === id);

/** familyAt, checking on the way that the result is a valid document. */
function at(doc: FamilyDocument, date: string): FamilyDocument {
  const out = familyAt(doc, date);
  const check = validate(out);
  assert.ok(check.ok, `valid at ${date}: ${JSON.stringify(!check.ok && check.errors.slice(0, 3))}`);
  return out;
}

describe('familyAt: members', () => {
  test('members not yet born are absent; undated members stay', () => {
    const out = at(family(), '2012-01-01');
    assert.deepEqual(ids(out.members), ['gran', 'grandpa', 'mum', 'dad', 'stepdad', 'kid', 'twin', 'foster', 'adopted'], 'born by 2012 or undated');
    assert.equal(out.asOf, '2012-01-01', 'asOf becomes the date');
    assert.deepEqual(ids(at(family(), '1949-05-01').members), ['grandpa', 'stepdad', 'twin'], 'only Grandpa and the undated (the undated pregnancy is anchored at asOf)');
  });

  test('a partial date judges "born" by its last day', () => {
    assert.ok(ids(at(family(), '2019').members).includes('baby') === false, 'born 2020-01-01: not in 2019');
    assert.ok(ids(at(family(), '2020').members).includes('baby'), 'born 2020-01-01: in 2020');
    assert.ok(ids(at(family(), '2011-02').members).includes('adopted'), 'born 2011-02: in February 2011');
    assert.ok(!ids(at(family(), '2011-01').members).includes('adopted'), 'born 2011-02: not in January 2011');
    assert.ok(ids(at(family(), '2011-02-01').members).includes('adopted'), 'a month-precision birth counts from its first day');
  });

  test('a miscarriage appears from its date; pregnancies from 280 days before their expected day', () => {
    assert.ok(!ids(at(family(), '2015-05-31').members).includes('loss'), 'before the loss');
    assert.ok(ids(at(family(), '2015-06-01').members).includes('loss'), 'in its month');
    // Due 2025-07-01: conceived about 2024-09-24.
    assert.ok(!ids(at(family(), '2024-09-23').members).includes('due'), 'not yet conceived');
    assert.ok(ids(at(family(), '2024-09-24').members).includes('due'), 'within 40 weeks of the due date');
    assert.ok(ids(at(family(), '2030').members).includes('due'), 'kept after the due date: the outcome is unknown');
    // Undated: ongoing at asOf 2025-03-01, so not before 2024-05-25.
    assert.ok(!ids(at(family(), '2024-05-24').members).includes('expecting'), 'undated pregnancy: not long before asOf');
    assert.ok(ids(at(family(), '2024-05-25').members).includes('expecting'), 'undated pregnancy: within 40 weeks of asOf');
    const noAsOf = family();
    delete noAsOf.asOf;
    assert.ok(ids(at(noAsOf, '1900').members).includes('expecting'), 'a pregnancy with no date at all stays');
  });

  test('death is marked only once it has happened; an undated death stays', () => {
    const before = at(family(), '2010-05-31');
    const gran = byId(before.members, 'gran')!;
    assert.equal(gran.deathDate, undefined, 'alive before her death');
    assert.equal(gran.deceased, undefined, 'no deceased flag either');
    assert.equal(byId(at(family(), '2010-06-01').members, 'gran')!.deathDate, '2010-06-01', 'dead from the day');
    assert.equal(byId(at(family(), '2010').members, 'gran')!.deathDate, '2010-06-01', 'dead "in 2010" (last day rule)');
    assert.equal(byId(before.members, 'grandpa')!.deceased, true, 'deceased without a date stays deceased');
  });

  test('the index person may be absent; the result still validates', () => {
    const out = at(family(), '2004');
    assert.ok(!out.members.some((m) => m.index === true), 'Kid, the index, is not yet born');
  });
});

describe('familyAt: relations', () => {
  test('partnership history is cut at the date; one not yet begun is absent', () => {
    const history = (doc: FamilyDocument, id: string) => byId(doc.partnerships, id)?.history.map((h) => h.status);
    assert.deepEqual(history(at(family(), '2000'), 'p-mum-dad'), ['dating'], 'an undated first entry counts as before');
    assert.deepEqual(history(at(family(), '2010'), 'p-mum-dad'), ['dating', 'married']);
    assert.deepEqual(history(at(family(), '2014-09'), 'p-mum-dad'), ['dating', 'married', 'divorced', 'separated'], 'undated entries after a started one stay');
    assert.deepEqual(history(at(family(), '2014-08-31'), 'p-mum-dad'), ['dating', 'married'], 'undated entries after a cut one go too');
    assert.equal(byId(at(family(), '2015').partnerships, 'p-mum-stepdad'), undefined, 'not begun in 2015');
    assert.deepEqual(history(at(family(), '2017'), 'p-mum-stepdad'), ['cohabiting']);
    assert.deepEqual(history(at(family(), '2009'), 'p-gran-grandpa'), ['married'], 'not yet widowed');
    assert.equal(byId(at(family(), '1979').partnerships, 'p-mum-dad'), undefined, 'Mum not yet born');
  });

  test('parentage: foster, step and adoptive links by their period; biological whatever the period', () => {
    const links = (date: string) => ids(at(family(), date).parentage);
    assert.ok(!links('2018-01-14').includes('mum-foster'), 'before the placement');
    assert.ok(links('2018-01-15').includes('mum-foster'), 'placement begins');
    assert.ok(links('2020').includes('mum-foster'), 'during');
    assert.ok(!links('2021-01-01').includes('mum-foster'), 'after it ended');
    assert.ok(ids(at(family(), '2021-01-01').members).includes('foster'), 'the foster child stays a member');
    assert.ok(!links('2012-03').includes('mum-adopted') && links('2012-04').includes('mum-adopted'), 'adoption from its start');
    assert.ok(!links('2015-12').includes('stepdad-kid') && links('2016-01').includes('stepdad-kid'), 'step from its start');
    assert.ok(links('2020').includes('dad-kid'), 'a biological link stays after its custody period ended');
    assert.ok(!links('2004').includes('mum-kid'), 'a child not yet born has no parents drawn');
  });

  test('twins left with one present member are absent', () => {
    assert.equal(at(family(), '2004').twins?.length, 0, 'Kid not born: Twin alone is no group');
    assert.deepEqual(at(family(), '2006').twins?.[0]?.members, ['kid', 'twin']);
  });

  test('bonds need both ends and a period covering the date', () => {
    const bonds = (date: string) => ids(at(family(), date).bonds);
    assert.deepEqual(bonds('2011'), ['b-gran'], 'conflict not yet; Baby not born');
    assert.deepEqual(bonds('2013'), ['b-conflict', 'b-gran']);
    assert.deepEqual(bonds('2014-09'), ['b-conflict', 'b-gran'], 'ends in its last month');
    assert.deepEqual(bonds('2014-09-30'), ['b-conflict', 'b-gran'], 'a month-precision end lasts to the month\'s last day');
    assert.deepEqual(bonds('2014-10'), ['b-gran'], 'ended');
  });

  test('households by period, with absent members left out, and none left empty', () => {
    const out = at(family(), '2017');
    assert.deepEqual(ids(out.households), ['h-now'], 'first home over; Baby alone not born');
    assert.deepEqual(byId(out.households, 'h-now')!.members, ['mum', 'stepdad', 'kid']);
    assert.deepEqual(ids(at(family(), '2010').households), ['h-first']);
    assert.deepEqual(ids(at(family(), '2021').households), ['h-now', 'h-baby']);
  });
});

describe('familyAt: network and consent records', () => {
  test('services lose absent members, keep their periods, and go when nobody is left', () => {
    const out = at(family(), '2018');
    assert.deepEqual(ids(out.services), ['s-family'], 'a service started later is still shown (the timeline marks the date)');
    assert.deepEqual(byId(out.services, 's-family')!.periods, [{ start: '2019-01' }], 'periods are not clipped');
    assert.deepEqual(ids(out.organizations), ['social']);
    assert.deepEqual(ids(out.professionals), ['sw']);
  });

  test('coordinators by period and members', () => {
    assert.deepEqual(ids(at(family(), '2019-01').coordinators), [], 'c-now starts 2019-02; c-baby has only Baby');
    const out = at(family(), '2019-03');
    assert.deepEqual(byId(out.coordinators, 'c-now')!.members, ['mum']);
  });

  test('events and goals lose absent members and services; those about nobody present go', () => {
    const out = at(family(), '2019');
    assert.deepEqual(ids(out.events), ['e-both', 'e-nobody', 'e-planned']);
    const both = byId(out.events, 'e-both')!;
    assert.deepEqual(both.members, ['mum']);
    assert.equal(both.services, undefined, 'the emptied service list is removed');
    const goal = byId(out.goals, 'g')!;
    assert.deepEqual(goal.members, ['mum']);
    assert.equal(goal.owner, undefined, 'an absent owner is removed');
    assert.deepEqual(goal.tasks?.map((t) => t.assignee), [undefined, { member: 'mum' }]);
    assert.deepEqual(ids(at(family(), '2021').events), ['e-both', 'e-baby', 'e-service', 'e-nobody', 'e-planned']);
  });

  test('notes by absent authors or about nobody present go', () => {
    const out = at(family(), '2019');
    assert.deepEqual(ids(out.notes), ['n-about']);
    assert.deepEqual(byId(out.notes, 'n-about')!.about, ['mum']);
  });

  test('consents and restrictions lose absent members; none is left with an empty audience', () => {
    const out = at(family(), '2019');
    assert.deepEqual(ids(out.consents), ['k-kid'], 'subject, grantor or the whole audience absent: gone');
    assert.deepEqual(byId(out.consents, 'k-kid')!.to, { members: ['dad'] });
    assert.deepEqual(ids(out.restrictions), ['r-mixed']);
    assert.deepEqual(byId(out.restrictions, 'r-mixed')!.deny, { professionals: ['sw'] });
    assert.equal(at(family(), '2021').consents?.length, 4, 'all hold once Baby is born');
  });

  test('unused placeholders go, used ones stay', () => {
    const doc = family();
    doc.members.push({ id: 'hidden-1', name: '?', gender: 'unknown', placeholder: true }, { id: 'hidden-2', name: '?', gender: 'unknown', placeholder: true });
    doc.parentage!.push(
      { id: 'h1-kid', parent: 'hidden-1', child: 'kid', kind: 'biological' },
      { id: 'h1-baby', parent: 'hidden-1', child: 'baby', kind: 'biological' },
      { id: 'h2-baby', parent: 'hidden-2', child: 'baby', kind: 'biological' },
    );
    const members = (date: string) => ids(at(doc, date).members).filter((id) => id.startsWith('hidden'));
    assert.deepEqual(members('2021'), ['hidden-1', 'hidden-2']);
    assert.deepEqual(members('2010'), ['hidden-1'], 'hidden-2 stood only for the unborn Baby\'s parent');
  });

  test('top-level arrays keep their presence; the input is untouched', () => {
    const doc = family();
    delete doc.twins;
    const before = JSON.stringify(doc);
    const out = at(doc, '1979');
    assert.equal(JSON.stringify(doc), before, 'input unchanged');
    assert.equal('twins' in out, false, 'an absent array stays absent');
    assert.deepEqual(out.services, [], 'a present array may become empty');
    out.members[0]!.name = 'changed';
    assert.equal(doc.members.find((m) => m.id === out.members[0]!.id)!.name !== 'changed', true, 'no shared objects');
  });

  test('an invalid date throws a RangeError', () => {
    for (const bad of ['2024-02-30', '2024-13', 'yesterday', '', '2024-01-01T10:00:00Z', '0000']) {
      assert.throws(() => familyAt(family(), bad), RangeError, bad);
    }
  });
});

describe('familyAt on the fixtures', () => {
  const blended = () => fixtures.blendedFamily as unknown as FamilyDocument;
  const status = (doc: FamilyDocument, id: string) => byId(doc.partnerships, id)?.history.at(-1)?.status;

  test('blended family before Pekka remarried (1997-01)', () => {
    const out = at(blended(), '1997-01-01');
    assert.equal(status(out, 'pt-pekka-kristina'), 'divorced');
    assert.equal(status(out, 'pt-pekka-tuula'), 'dating', 'married only in 1999');
    assert.equal(byId(out.partnerships, 'pt-kristina-lars'), undefined, 'Kristina met Lars in 1997-02');
    assert.ok(!ids(out.members).includes('m-mikko'), 'Mikko born 2000');
    assert.ok(!ids(out.parentage).includes('pa-pekka-jenni'), 'step link from 1997-03');
    assert.equal(byId(out.members, 'm-lars')!.deathDate, undefined, 'Lars alive until 2021');
    assert.equal(status(out, 'pt-eino-aili'), 'married', 'Aili widowed only in 2012');
    assert.ok(!ids(out.households).includes('h-pekka-tuula-children'), 'that home began in 2000');
  });

  test('blended family before the foster placement and Leo\'s birth (2019-06)', () => {
    const out = at(blended(), '2019-06-01');
    assert.ok(!ids(out.parentage).includes('pa-sanna-niko'), 'Niko placed 2019-09-01');
    assert.ok(!ids(out.households).includes('h-aberg'));
    assert.ok(!ids(out.members).includes('m-leo'), 'Leo born 2021');
    assert.ok(!ids(out.members).includes('m-miscarriage') && !ids(out.members).includes('m-baby'), 'no losses or pregnancy yet');
    assert.equal(byId(out.members, 'm-margareta')!.deathDate, undefined, 'Margareta died 2019-06-30');
    const during = at(blended(), '2020');
    assert.ok(ids(during.parentage).includes('pa-sanna-niko') && ids(during.households).includes('h-aberg'), 'during the placement');
    assert.ok(ids(during.coordinators).includes('c-niko'));
  });

  test('custody dispute before the separation (2022-06)', () => {
    const out = at(fixtures.custodyDispute as unknown as FamilyDocument, '2022-06-01');
    assert.equal(status(out, 'pt-hanna-janne'), 'married');
    assert.equal(byId(out.partnerships, 'pt-janne-sari'), undefined);
    assert.ok(!['pa-ritva-emilia', 'pa-ritva-onni', 'pa-ritva-venla'].some((id) => ids(out.parentage).includes(id)), 'Ritva became guardian in 2024');
    assert.deepEqual(ids(out.households).sort(), ['h-family-home', 'h-ritva', 'h-seppo-pirjo']);
    assert.ok(ids(out.bonds).includes('b-janne-hanna-violence') && !ids(out.bonds).includes('b-hanna-janne-conflict'));
    assert.deepEqual(ids(out.coordinators), [], 'coordinators came after the separation');
  });

  test('refugee family in the reception centre (2023-03), and before Hossein died', () => {
    const out = at(fixtures.refugeeFamily as unknown as FamilyDocument, '2023-03');
    assert.deepEqual(ids(out.households).sort(), ['h-goteborg', 'h-mashhad', 'h-reception']);
    const earlier = at(fixtures.refugeeFamily as unknown as FamilyDocument, '2021-09');
    assert.equal(byId(earlier.members, 'm-hossein')!.deathDate, undefined);
    assert.equal(status(earlier, 'pt-maryam-hossein'), 'married');
  });

  test('at asOf every fixture keeps every member, partnership and parentage', () => {
    for (const [name, fixture] of Object.entries(fixtures)) {
      const doc = fixture as unknown as FamilyDocument;
      const out = at(doc, doc.asOf!);
      assert.deepEqual(ids(out.members), ids(doc.members), `${name} members`);
      assert.deepEqual(out.partnerships, doc.partnerships, `${name} partnerships`);
      assert.deepEqual(ids(out.parentage), ids(doc.parentage), `${name} parentage`);
    }
  });

  test('through a redaction: a member viewer\'s family in the past', () => {
    const doc = fixtures.blendedFamily as unknown as FamilyDocument;
    const seen = redact(doc, { kind: 'member', member: 'm-sanna' });
    const past = at(seen, '2010');
    const seenIds = new Set(seen.members.map((m) => m.id));
    assert.ok(past.members.every((m) => seenIds.has(m.id)), 'nobody the viewer did not see');
    assert.ok(past.members.length < seen.members.length, 'and fewer people in 2010');
  });
});

describe('isValidAsOfDate and dateRange', () => {
  test('isValidAsOfDate accepts calendar partial dates only', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '1900-01-01']) assert.equal(isValidAsOfDate(ok), true, ok);
    for (const bad of ['2023-02-29', '2024-00', '24', '2024-1-1', '2024-01-01T00:00:00Z', '', ' 2024', '0000']) assert.equal(isValidAsOfDate(bad), false, bad);
    assert.equal(isValidAsOfDate(undefined as unknown as string), false, 'not a string');
  });

  test('from the earliest start to the later of asOf and the last planned event', () => {
    assert.deepEqual(dateRange(family()), { min: '1948-01-01', max: '2025-04-02' });
    const doc = family();
    doc.events = doc.events!.filter((e) => e.status !== 'planned');
    assert.deepEqual(dateRange(doc), { min: '1948-01-01', max: '2025-03-01' }, 'asOf when nothing is planned');
    doc.asOf = '2025';
    assert.equal(dateRange(doc)!.max, '2025-12-31', 'a partial asOf by its last day');
  });

  test('counts partnership, period, service and event starts, and keeps asOf inside', () => {
    const doc: FamilyDocument = {
      schemaVersion: '1.0',
      asOf: '2000-01-01',
      members: [{ id: 'a', name: 'A', gender: 'male' }, { id: 'b', name: 'B', gender: 'female' }],
      partnerships: [{ id: 'p', partners: ['a', 'b'], history: [{ status: 'married', start: '1999-05' }] }],
    };
    assert.deepEqual(dateRange(doc), { min: '1999-05-01', max: '2000-01-01' });
    doc.asOf = '1990-06-15';
    assert.deepEqual(dateRange(doc), { min: '1990-06-15', max: '1990-06-15' }, 'asOf before everything: the range still holds it and min ≤ max');
    delete doc.asOf;
    assert.deepEqual(dateRange(doc), { min: '1999-05-01', max: '1999-05-31' }, 'without asOf: to the latest date');
    doc.partnerships = [];
    assert.equal(dateRange(doc), undefined, 'no date at all');
    doc.events = [{ id: 'e', kind: 'meeting', title: 'M', start: '2001-02-03T23:30:00-05:00', status: 'done' }];
    assert.deepEqual(dateRange(doc), { min: '2001-02-03', max: '2001-02-03' }, 'a date-time by its written day');
  });
});
