// One table row per integrity rule: references, ids, parentage, pairs and dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, type ValidationErrorCode } from '../src/index.js';
import { example, setAt } from './support/example-document.js';



type Errors = [path: string, code: ValidationErrorCode][];
function errorsAfter(changes: [path: string, value: unknown][]): Errors {
  const doc = example();
  for (const [path, value] of changes) setAt(doc, path, value);
  const result = validate(doc);
  if (!result.ok) {
    for (const e of result.errors) {
      assert.ok(e.message.includes(`\`${e.path}\``), `message names the field: ${e.message}`);
      assert.match(e.message, /^[`A-Z].*\.$/, `one sentence: ${e.message}`);
    }
  }
  return result.ok ? [] : result.errors.map((e) => [e.path, e.code]);
}

// Every reference site: [where to write (array items get index 0), what the error path is, the kind].
const referenceSites: [set: string, at: string][] = [
  ['/partnerships/0/partners/0', '/partnerships/0/partners/0'],
  ['/parentage/0/parent', '/parentage/0/parent'],
  ['/parentage/0/child', '/parentage/0/child'],
  ['/twins/0/members/1', '/twins/0/members/1'],
  ['/bonds/0/between/1', '/bonds/0/between/1'],
  ['/households/0/members/2', '/households/0/members/2'],
  ['/professionals/0/organization', '/professionals/0/organization'],
  ['/services/0/organization', '/services/0/organization'],
  ['/services/0/members/0', '/services/0/members/0'],
  ['/services/0/responsible', '/services/0/responsible'],
  ['/coordinators/0/professional', '/coordinators/0/professional'],
  ['/coordinators/0/backup', '/coordinators/0/backup'],
  ['/coordinators/0/members/1', '/coordinators/0/members/1'],
  ['/events/0/members/0', '/events/0/members/0'],
  ['/events/0/professionals/1', '/events/0/professionals/1'],
  ['/events/0/services/0', '/events/0/services/0'],
  ['/goals/0/members/0', '/goals/0/members/0'],
  ['/goals/0/services/0', '/goals/0/services/0'],
  ['/goals/0/owner/professional', '/goals/0/owner/professional'],
  ['/goals/0/tasks/0/assignee/member', '/goals/0/tasks/0/assignee/member'],
  ['/notes/0/author/member', '/notes/0/author/member'],
  ['/notes/0/about/0', '/notes/0/about/0'],
  ['/consents/0/subject', '/consents/0/subject'],
  ['/consents/0/grantedBy', '/consents/0/grantedBy'],
  ['/consents/0/to/organizations/0', '/consents/0/to/organizations/0'],
  ['/consents/0/to/professionals', '/consents/0/to/professionals/0'],
  ['/consents/0/to/members', '/consents/0/to/members/0'],
  ['/restrictions/0/subject', '/restrictions/0/subject'],
  ['/restrictions/0/deny/members/0', '/restrictions/0/deny/members/0'],
  ['/restrictions/0/deny/organizations', '/restrictions/0/deny/organizations/0'],
  ['/restrictions/0/deny/professionals', '/restrictions/0/deny/professionals/0'],
  ['/restrictions/0/decidedBy', '/restrictions/0/decidedBy'],
];

for (const [set, at] of referenceSites) {
  const value = (id: string) => (set === at ? id : [id]);
  test(`integrity: ${at} must resolve`, () => {
    assert.deepEqual(errorsAfter([[set, value('ghost')]]), [[at, 'unresolved-reference']]);
  });
  test(`integrity: ${at} must name the right kind`, () => {
    // fam-1 is the family's id: the wrong kind for every reference.
    assert.deepEqual(errorsAfter([[set, value('fam-1')]]), [[at, 'wrong-reference-kind']]);
  });
}

test('integrity: bond `from` resolves to a member', () => {
  assert.deepEqual(errorsAfter([['/bonds/0/from', 'ghost']]), [['/bonds/0/from', 'unresolved-reference']]);
  assert.deepEqual(errorsAfter([['/bonds/0/from', 'pro-1']]), [['/bonds/0/from', 'wrong-reference-kind']]);
});

test('integrity: an organization reference to a member names both kinds', () => {
  const doc = example();
  setAt(doc, '/services/0/organization', 'm-mother');
  const result = validate(doc);
  assert.equal(result.ok, false);
  assert.equal(
    !result.ok && result.errors[0]?.message,
    '`/services/0/organization` must refer to an organization, but "m-mother" is a member.',
  );
});

const rows: [name: string, changes: [string, unknown][], expected: Errors][] = [
  ['ids are unique within a collection', [['/members/-', { id: 'm-mother', name: 'Twin', gender: 'female' }]], [['/members/6/id', 'duplicate-id']]],
  ['ids are unique across collections', [['/goals/-', { id: 'pro-1', text: 'X', status: 'open' }]], [['/goals/1/id', 'duplicate-id']]],
  ['family.id is unique too', [['/family/id', 'ev-2']], [['/events/1/id', 'duplicate-id']]],
  ['no one is their own parent', [['/parentage/0/child', 'm-mother']], [['/parentage/0/child', 'self-parent']]],
  [
    'no parentage cycle',
    [['/parentage/-', { id: 'pe-x', parent: 'm-child', child: 'm-grandma', kind: 'adoptive' }]],
    [['/parentage/4', 'parentage-cycle']],
  ],
  [
    'a two-member parentage cycle',
    [['/parentage/-', { id: 'pe-x', parent: 'm-twin', child: 'm-child', kind: 'step' }], ['/parentage/-', { id: 'pe-y', parent: 'm-child', child: 'm-twin', kind: 'step' }]],
    [['/parentage/6', 'parentage-cycle']],
  ],
  ['partners are two different members', [['/partnerships/0/partners', ['m-mother', 'm-mother']]], [['/partnerships/0/partners/1', 'same-partner']]],
  ['bond ends are two different members', [['/bonds/0/between', ['m-father', 'm-father']]], [['/bonds/0/between/1', 'same-member']]],
  ['twins are listed once each', [['/twins/0/members', ['m-child', 'm-twin', 'm-child']]], [['/twins/0/members/2', 'same-member']]],
  ['bond `from` is one of `between`', [['/bonds/0/from', 'm-child']], [['/bonds/0/from', 'bond-direction']]],

  ['period end not before start', [['/bonds/0/period', { start: '2023-03', end: '2023-02' }]], [['/bonds/0/period/end', 'period-order']]],
  ['partial period 2020 … 2020-05 is in order', [['/bonds/0/period', { start: '2020', end: '2020-05' }]], []],
  ['partial period 2020-05 … 2020 is in order', [['/bonds/0/period', { start: '2020-05', end: '2020' }]], []],
  ['partial period 2021 … 2020-12 is not', [['/bonds/0/period', { start: '2021', end: '2020-12' }]], [['/bonds/0/period/end', 'period-order']]],
  ['service period order', [['/services/1/periods/0/end', '2023-01-31']], [['/services/1/periods/0/end', 'period-order']]],
  ['parentage period order', [['/parentage/0/period', { start: '2020', end: '2019' }]], [['/parentage/0/period/end', 'period-order']]],
  ['household period order', [['/households/0/period/end', '2023-02']], [['/households/0/period/end', 'period-order']]],
  ['coordinator period order', [['/coordinators/0/period/end', '2023-03-31']], [['/coordinators/0/period/end', 'period-order']]],
  ['consent period order', [['/consents/0/period/end', '2023-12-31']], [['/consents/0/period/end', 'period-order']]],
  ['restriction period order', [['/restrictions/0/period/end', '2023-01']], [['/restrictions/0/period/end', 'period-order']]],
  ['death not before birth', [['/members/4/deathDate', '1940-12']], [['/members/4/deathDate', 'period-order']]],
  ['death in the birth year is fine', [['/members/4/deathDate', '1941-01-01']], []],
  ['event end not before start', [['/events/0/end', '2025-02-10T08:59:59+02:00']], [['/events/0/end', 'period-order']]],
  ['event times compare as instants', [['/events/0/end', '2025-02-10T07:30:00Z']], []],
  ['event date against date-time uses the written day', [['/events/0/start', '2025-02-10'], ['/events/0/end', '2025-02-10T00:30:00+05:00']], []],
  ['event date end before start', [['/events/1/end', '2025-04']], [['/events/1/end', 'period-order']]],
  ['partnership history in time order', [['/partnerships/0/history/1/start', '2009']], [['/partnerships/0/history/1/start', 'history-order']]],
  ['history entries without a date are skipped', [['/partnerships/0/history/-', { status: 'divorced' }]], []],

  ['calendar: no 30 February', [['/members/2/birthDate', '2024-02-30']], [['/members/2/birthDate', 'invalid-date']]],
  ['calendar: 29 February in a leap year', [['/members/2/birthDate', '2024-02-29']], []],
  ['calendar: no 29 February 2023', [['/members/2/birthDate', '2023-02-29']], [['/members/2/birthDate', 'invalid-date']]],
  ['calendar: 1900 was not a leap year', [['/members/2/birthDate', '1900-02-29']], [['/members/2/birthDate', 'invalid-date']]],
  ['calendar: 2000 was a leap year', [['/members/2/birthDate', '2000-02-29']], []],
  ['calendar: no month 13', [['/asOf', '2025-13']], [['/asOf', 'invalid-date']]],
  ['calendar: no month 00', [['/partnerships/0/history/0/start', '2010-00']], [['/partnerships/0/history/0/start', 'invalid-date']]],
  ['calendar: no year 0000', [['/members/4/birthDate', '0000']], [['/members/4/birthDate', 'invalid-date']]],
  ['calendar: period dates', [['/households/0/period/start', '2023-04-31']], [['/households/0/period/start', 'invalid-date']]],
  ['calendar: service periods', [['/services/0/periods/0/start', '2023-06-31']], [['/services/0/periods/0/start', 'invalid-date']]],
  ['calendar: service applied', [['/services/0/applied', '2023-00']], [['/services/0/applied', 'invalid-date']]],
  ['calendar: event date-time hour', [['/events/0/start', '2025-02-10T24:00:00+02:00']], [['/events/0/start', 'invalid-date']]],
  ['calendar: event date-time offset', [['/events/0/end', '2025-02-10T10:30:00+24:00']], [['/events/0/end', 'invalid-date']]],
  ['calendar: event date-time day', [['/events/0/end', '2025-02-29T10:30:00Z']], [['/events/0/end', 'invalid-date']]],
  ['calendar: goal due', [['/goals/0/due', '2025-06-31']], [['/goals/0/due', 'invalid-date']]],
  ['calendar: note date', [['/notes/0/date', '2025-02-30']], [['/notes/0/date', 'invalid-date']]],
  ['calendar: consent date', [['/consents/0/date', '2024-11-31']], [['/consents/0/date', 'invalid-date']]],
  ['calendar: restriction period', [['/restrictions/0/period/start', '2023-02-29']], [['/restrictions/0/period/start', 'invalid-date']]],
  ['an invalid date is not also out of order', [['/members/4/deathDate', '1940-02-30']], [['/members/4/deathDate', 'invalid-date']]],
];

for (const [name, changes, expected] of rows) {
  test(`integrity: ${name}`, () => assert.deepEqual(errorsAfter(changes), expected));
}

test('integrity: runs beside the schema, and its errors come after the schema errors', () => {
  assert.deepEqual(
    errorsAfter([
      ['/parentage/0/child', 'ghost'],
      ['/members/0/gender', 'f'],
    ]),
    [
      ['/members/0/gender', 'enum'],
      ['/parentage/0/child', 'unresolved-reference'],
    ],
  );
});

test('integrity: a malformed member with a well-formed id is still there for references', () => {
  // m-mother is referenced all over the example: only the one real dangling reference is reported.
  assert.deepEqual(
    errorsAfter([
      ['/members/0/gender', 'f'],
      ['/households/0/members/2', 'ghost'],
    ]),
    [
      ['/members/0/gender', 'enum'],
      ['/households/0/members/2', 'unresolved-reference'],
    ],
  );
});

test('integrity: a malformed member with a well-formed id still counts for duplicate ids', () => {
  assert.deepEqual(
    errorsAfter([
      ['/members/0/name', 7],
      ['/members/-', { id: 'm-mother', name: 'Twin', gender: 'female' }],
    ]),
    [
      ['/members/0/name', 'type'],
      ['/members/6/id', 'duplicate-id'],
    ],
  );
});

test('integrity: when a member has no readable id, an unresolved member reference may mean that member and is not reported', () => {
  // m-pregnancy (members/5) is the child in parentage/5; other kinds are still checked.
  assert.deepEqual(
    errorsAfter([
      ['/members/5/id', 7],
      ['/parentage/0/child', 'ghost'],
      ['/services/0/organization', 'ghost'],
    ]),
    [
      ['/members/5/id', 'type'],
      ['/services/0/organization', 'unresolved-reference'],
    ],
  );
});

test('integrity: nothing inside a malformed item is checked, and other items keep their indices', () => {
  assert.deepEqual(
    errorsAfter([
      // Self-parent and unresolved if it were read; the schema's error is the only news.
      ['/parentage/0', { id: 'pe-1', parent: 'ghost', child: 'ghost', kind: 'alien' }],
      ['/parentage/2/child', 'ghost'],
    ]),
    [
      ['/parentage/0/kind', 'enum'],
      ['/parentage/2/child', 'unresolved-reference'],
    ],
  );
});

test('integrity: a value the schema rejected is not reported again by integrity', () => {
  // 2024-2-30 is not a real date either; the schema has said what is wrong with it.
  assert.deepEqual(
    errorsAfter([
      ['/members/2/birthDate', '2024-2-30'],
      ['/asOf', '2025-3'],
      ['/bonds/0/from', 'ghost'],
    ]),
    [
      ['/asOf', 'pattern'],
      ['/members/2/birthDate', 'pattern'],
      ['/bonds/0/from', 'unresolved-reference'],
    ],
  );
});

test('integrity: reports every problem, not just the first', () => {
  const got = errorsAfter([
    ['/parentage/0/child', 'ghost'],
    ['/members/1/id', 'm-mother'],
    ['/members/2/birthDate', '2023-02-29'],
  ]);
  assert.deepEqual(
    got.map(([, code]) => code).sort(),
    ['duplicate-id', 'invalid-date', 'unresolved-reference', 'unresolved-reference', 'unresolved-reference', 'unresolved-reference', 'unresolved-reference', 'unresolved-reference', 'unresolved-reference'].sort(),
  );
});
