// The schema file, its generated artifacts, and one table row per schema rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate, type ValidationErrorCode } from '../src/index.js';
import { patternExpectations } from '../src/validate/messages.js';
import { parsePointer } from '../src/validate/pointer.js';
import { example, type Node, schema, setAt } from './support/example-document.js';

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');


const EXPECTED_TITLES = [
  'FamilyDocument', 'FamilyInfo', 'Member', 'Partnership', 'PartnershipHistoryEntry', 'Parentage', 'Twins', 'Bond', 'Household',
  'Organization', 'Professional', 'Service', 'ServiceCode', 'Coordinator', 'FamilyEvent', 'Goal', 'GoalTask', 'Note', 'Consent',
  'Restriction', 'Audience', 'Period', 'PartyRef', 'Extensions', 'PartialDate', 'DateTime', 'DateOrDateTime', 'Id', 'Gender',
  'MemberKind', 'PartnershipStatus', 'ParentageKind', 'BondQuality', 'Sector', 'ServiceStatus', 'EventKind', 'EventStatus',
  'GoalStatus', 'NoteKind', 'Scope', 'RestrictionScope', 'RestrictionReason', 'ConsentStatus',
];

/** Every schema object with where it is, skipping the example data. */
function* subschemas(node: unknown, where: string): Generator<[Node, string]> {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* subschemas(n, `${where}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [node as Node, where];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'enum' || key === 'required') continue;
    if (key === 'properties' || key === '$defs') {
      for (const [name, sub] of Object.entries(value as Node)) yield* subschemas(sub, `${where}/${key}/${name}`);
    } else {
      yield* subschemas(value, `${where}/${key}`);
    }
  }
}

test('schema: 2020-12 with a versioned $id', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(String(schema.$id), /:1\.0$/);
});

test('schema: the root and $defs carry exactly the agreed titles', () => {
  const titles = [schema.title, ...Object.values(schema.$defs).map((d) => d.title)];
  assert.deepEqual([...titles].sort(), [...EXPECTED_TITLES].sort());
  for (const [name, def] of Object.entries(schema.$defs)) assert.equal(def.title, name, `$defs/${name} is titled by its name`);
});

test('schema: every definition and property has a title and a description', () => {
  const missing: string[] = [];
  const check = (node: Node, where: string) => {
    if (typeof node.title !== 'string' || typeof node.description !== 'string') missing.push(where);
  };
  check(schema, '#');
  for (const [where, def] of Object.entries(schema.$defs)) check(def, `#/$defs/${where}`);
  for (const [node, where] of subschemas(schema, '#')) {
    for (const [name, prop] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      // `then` branches only tighten a property already described by its object.
      if (!where.includes('/then') && !where.includes('/if')) check(prop, `${where}/properties/${name}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('schema: every object rejects unknown properties and accepts `extensions`, except Extensions itself', () => {
  for (const [node, where] of subschemas(schema, '#')) {
    if (node.type !== 'object' || where === '#/$defs/Extensions') continue;
    assert.equal(node.unevaluatedProperties, false, `${where} has unevaluatedProperties: false`);
    const props = node.properties as Record<string, Node>;
    assert.equal(props.extensions?.$ref, '#/$defs/Extensions', `${where} accepts extensions`);
  }
  assert.equal(schema.$defs.Extensions?.unevaluatedProperties, undefined);
});

test('schema: no `format` keyword (dates are checked by pattern and calendar)', () => {
  for (const [node, where] of subschemas(schema, '#')) assert.equal(node.format, undefined, where);
});

test('schema: every pattern has a plain-English expectation for messages', () => {
  for (const [node, where] of subschemas(schema, '#')) {
    if (typeof node.pattern === 'string') assert.ok(patternExpectations[node.pattern], `${where} pattern ${node.pattern}`);
  }
});

test('schema: its example is a valid document', () => {
  const result = validate(example());
  assert.deepEqual(result.ok ? [] : result.errors, []);
});

test('generated artifacts are in sync with the schema (generator --check)', () => {
  const script = fileURLToPath(new URL('../../../scripts/generate-schema-artifacts.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr + run.stdout);
});

test('generated types export every titled type', () => {
  const types = read('../src/types.generated.ts');
  assert.match(types, /^\/\/ GENERATED FILE/);
  for (const title of EXPECTED_TITLES) assert.match(types, new RegExp(`^export (type|interface) ${title}\\b`, 'm'), title);
  assert.doesNotMatch(types, /\[k: string\]: unknown;[\s\S]*\[k: string\]: unknown;/, 'only Extensions has an index signature');
});

test('generated validator is self-contained and CSP-safe: no eval, new Function, require or import', () => {
  const code = read('../src/validator.generated.js');
  assert.doesNotMatch(code, /new Function/);
  assert.doesNotMatch(code, /\beval\s*\(/);
  assert.doesNotMatch(code, /(?<![\w$.'"])require\s*\(/);
  assert.doesNotMatch(code, /^\s*import[\s{*]/m);
  assert.match(code, /^export \{/m);
});

type Row = [name: string, path: string, value: unknown, expected: [path: string, code: ValidationErrorCode][]];
const one = (path: string, code: ValidationErrorCode): [string, ValidationErrorCode][] => [[path, code]];
const OK: [string, ValidationErrorCode][] = [];

// [what, where to change the example, the new value (undefined deletes), the exact errors expected]
const rows: Row[] = [
  ['schemaVersion is required', '/schemaVersion', undefined, one('/schemaVersion', 'required')],
  ['schemaVersion is MAJOR.MINOR', '/schemaVersion', '1', one('/schemaVersion', 'pattern')],
  ['schemaVersion is a string', '/schemaVersion', 1, one('/schemaVersion', 'type')],
  ['schemaVersion 1.7 is supported', '/schemaVersion', '1.7', OK],
  ['schemaVersion of another major', '/schemaVersion', '2.0', one('/schemaVersion', 'unsupported-version')],
  ['members is required', '/members', undefined, one('/members', 'required')],
  ['members is an array', '/members', {}, one('/members', 'type')],
  ['other arrays are optional', '/twins', undefined, OK],
  ['unknown top-level property', '/colour', 'red', one('/colour', 'unknown-property')],
  ['$schema is allowed', '/$schema', 'urn:family-view:schema:family-document:1.0', OK],
  ['asOf is a partial date', '/asOf', '1.3.2025', one('/asOf', 'pattern')],
  ['family.id is required', '/family/id', undefined, one('/family/id', 'required')],
  ['family has no other properties', '/family/name', 'X', one('/family/name', 'unknown-property')],
  ['extensions may hold anything', '/members/0/extensions', { deep: [{ any: null }], 'a/b': 1 }, OK],
  ['extensions is an object', '/extensions', [], one('/extensions', 'type')],

  ['member id is required', '/members/0/id', undefined, one('/members/0/id', 'required')],
  ['member id is non-empty', '/members/0/id', '', one('/members/0/id', 'empty')],
  ['member id is a string', '/members/0/id', 7, one('/members/0/id', 'type')],
  ['member name is required', '/members/0/name', undefined, one('/members/0/name', 'required')],
  ['member name is non-empty', '/members/0/name', '', one('/members/0/name', 'empty')],
  ['member gender is required', '/members/0/gender', undefined, one('/members/0/gender', 'required')],
  ['member gender is an enum', '/members/3/gender', 'f', one('/members/3/gender', 'enum')],
  ['member kind is an enum', '/members/0/kind', 'baby', one('/members/0/kind', 'enum')],
  ['member birthDate is a date', '/members/0/birthDate', '12.4.1985', one('/members/0/birthDate', 'pattern')],
  ['member deathDate is a date', '/members/4/deathDate', '2019-11-1', one('/members/4/deathDate', 'pattern')],
  ['member deceased is boolean', '/members/0/deceased', 'yes', one('/members/0/deceased', 'type')],
  ['member index is boolean', '/members/0/index', 1, one('/members/0/index', 'type')],
  ['member nonDisclosure is boolean', '/members/0/nonDisclosure', 'true', one('/members/0/nonDisclosure', 'type')],
  ['member languages are BCP 47', '/members/0/languages', ['fi', 'finnish language'], one('/members/0/languages/1', 'pattern')],
  ['member tags are strings', '/members/0/tags', [1], one('/members/0/tags/0', 'type')],
  ['member unknown property', '/members/0/sex', 'F', one('/members/0/sex', 'unknown-property')],

  ['partnership needs 2 partners, not 1', '/partnerships/0/partners', ['m-mother'], one('/partnerships/0/partners', 'too-few')],
  ['partnership needs 2 partners, not 3', '/partnerships/0/partners', ['m-mother', 'm-father', 'm-child'], one('/partnerships/0/partners', 'too-many')],
  ['partnership history is required', '/partnerships/0/history', undefined, one('/partnerships/0/history', 'required')],
  ['partnership history is non-empty', '/partnerships/0/history', [], one('/partnerships/0/history', 'too-few')],
  ['history status is an enum', '/partnerships/0/history/0/status', 'friends', one('/partnerships/0/history/0/status', 'enum')],
  ['history status is required', '/partnerships/0/history/1/status', undefined, one('/partnerships/0/history/1/status', 'required')],
  ['history entry unknown property', '/partnerships/0/history/0/end', '2011', one('/partnerships/0/history/0/end', 'unknown-property')],

  ['parentage kind is required', '/parentage/0/kind', undefined, one('/parentage/0/kind', 'required')],
  ['parentage kind is an enum', '/parentage/0/kind', 'birth', one('/parentage/0/kind', 'enum')],
  ['parentage custody is boolean', '/parentage/0/custody', 'yes', one('/parentage/0/custody', 'type')],
  ['period start is a string', '/parentage/0/period', { start: 2020 }, one('/parentage/0/period/start', 'type')],
  ['period has no other properties', '/parentage/0/period', { start: '2020', length: 3 }, one('/parentage/0/period/length', 'unknown-property')],

  ['twins need at least 2 members', '/twins/0/members', ['m-child'], one('/twins/0/members', 'too-few')],
  ['twins identical is boolean', '/twins/0/identical', 'no', one('/twins/0/identical', 'type')],
  ['bond is between exactly 2', '/bonds/0/between', ['m-father', 'm-mother', 'm-child'], one('/bonds/0/between', 'too-many')],
  ['bond quality is an enum', '/bonds/0/quality', 'bad', one('/bonds/0/quality', 'enum')],
  ['household needs a member', '/households/0/members', [], one('/households/0/members', 'too-few')],

  ['organization sector is required', '/organizations/0/sector', undefined, one('/organizations/0/sector', 'required')],
  ['organization sector is an enum', '/organizations/1/sector', 'school', one('/organizations/1/sector', 'enum')],
  ['professional organization is required', '/professionals/0/organization', undefined, one('/professionals/0/organization', 'required')],

  ['active service needs periods', '/services/0/periods', undefined, one('/services/0/periods', 'required')],
  ['active service needs at least one period', '/services/0/periods', [], one('/services/0/periods', 'too-few')],
  ['ended service needs periods', '/services/1/periods', undefined, one('/services/1/periods', 'required')],
  ['planned service needs no period', '/services/0/status', 'planned', OK],
  ['waiting service may have periods', '/services/2/periods', [{ start: '2025-01' }], OK],
  ['service status is an enum', '/services/0/status', 'closed', one('/services/0/status', 'enum')],
  ['service members are required', '/services/0/members', undefined, one('/services/0/members', 'required')],
  ['service code needs a system', '/services/0/code', { code: 'FW' }, one('/services/0/code/system', 'required')],
  ['service sector is an enum', '/services/0/sector', 'welfare', one('/services/0/sector', 'enum')],
  ['coordinator members are required', '/coordinators/0/members', undefined, one('/coordinators/0/members', 'required')],

  ['event start is a date or date-time', '/events/0/start', '2025-02-10 09:00', one('/events/0/start', 'pattern')],
  ['event date-time needs seconds', '/events/0/start', '2025-02-10T09:00+02:00', one('/events/0/start', 'pattern')],
  ['event date-time needs an offset', '/events/0/end', '2025-02-10T10:30:00', one('/events/0/end', 'pattern')],
  ['event start may be a partial date', '/events/0/start', '2025-02', OK],
  ['event status is an enum', '/events/0/status', 'held', one('/events/0/status', 'enum')],
  ['event kind is an enum', '/events/0/kind', 'visit', one('/events/0/kind', 'enum')],
  ['event title is required', '/events/0/title', undefined, one('/events/0/title', 'required')],

  ['goal owner names one party, not none', '/goals/0/owner', {}, one('/goals/0/owner', 'invalid')],
  ['goal owner names one party, not two', '/goals/0/owner', { member: 'm-mother', professional: 'pro-1' }, one('/goals/0/owner', 'invalid')],
  ['goal owner member id is a string', '/goals/0/owner', { member: 5 }, one('/goals/0/owner/member', 'type')],
  ['goal owner is an object', '/goals/0/owner', 'pro-1', one('/goals/0/owner', 'type')],
  ['goal owner with only an unknown key', '/goals/0/owner', { team: 'x' }, [['/goals/0/owner', 'invalid'], ['/goals/0/owner/team', 'unknown-property']]],
  ['goal status is an enum', '/goals/0/status', 'done', one('/goals/0/status', 'enum')],
  ['goal task done is required', '/goals/0/tasks/1/done', undefined, one('/goals/0/tasks/1/done', 'required')],
  ['goal task assignee is a PartyRef', '/goals/0/tasks/0/assignee', { organization: 'org-social' }, [['/goals/0/tasks/0/assignee', 'invalid'], ['/goals/0/tasks/0/assignee/organization', 'unknown-property']]],

  ['note is about someone', '/notes/0/about', [], one('/notes/0/about', 'too-few')],
  ['note kind is an enum', '/notes/0/kind', 'diary', one('/notes/0/kind', 'enum')],
  ['note date is a date, not a date-time', '/notes/0/date', '2025-02-10T09:00:00Z', one('/notes/0/date', 'pattern')],
  ['note author names one party', '/notes/0/author', { member: 'm-mother', professional: 'pro-1' }, one('/notes/0/author', 'invalid')],

  ['consent audience names someone', '/consents/0/to', {}, one('/consents/0/to', 'too-few')],
  ['consent audience lists are non-empty', '/consents/0/to', { organizations: [] }, one('/consents/0/to/organizations', 'too-few')],
  ['consent audience sectors are an enum', '/consents/0/to', { sectors: ['school'] }, one('/consents/0/to/sectors/0', 'enum')],
  ['consent audience has no other lists', '/consents/0/to/groups', ['x'], one('/consents/0/to/groups', 'unknown-property')],
  ['consent scope is non-empty', '/consents/0/scope', [], one('/consents/0/scope', 'too-few')],
  ['consent scope has no "all"', '/consents/0/scope', ['all'], one('/consents/0/scope/0', 'enum')],
  ['consent status is an enum', '/consents/0/status', 'expired', one('/consents/0/status', 'enum')],
  ['consent subject is required', '/consents/0/subject', undefined, one('/consents/0/subject', 'required')],

  ['restriction "all" stands alone', '/restrictions/0/scope', ['all', 'contact'], one('/restrictions/0/scope', 'too-many')],
  ['restriction scopes without "all"', '/restrictions/0/scope', ['contact', 'notes'], OK],
  ['restriction reason is an enum', '/restrictions/0/reason', 'fear', one('/restrictions/0/reason', 'enum')],
  ['restriction deny is required', '/restrictions/0/deny', undefined, one('/restrictions/0/deny', 'required')],
  ['restriction deny names someone', '/restrictions/0/deny', {}, one('/restrictions/0/deny', 'too-few')],
];

for (const [name, path, value, expected] of rows) {
  test(`schema rule: ${name}`, () => {
    const doc = example();
    setAt(doc, path, value);
    const result = validate(doc);
    const got = result.ok ? [] : result.errors.map((e) => [e.path, e.code]);
    assert.deepEqual(got, expected);
    if (!result.ok) {
      for (const e of result.errors) {
        assert.ok(e.message.includes(`\`${e.path}\``), `message names the field: ${e.message}`);
        assert.match(e.message, /^[`A-Z].*\.$/, `one sentence: ${e.message}`);
      }
    }
  });
}

test('schema messages: enum lists the allowed values and what was given', () => {
  const doc = example();
  setAt(doc, '/members/3/gender', 'f');
  const result = validate(doc);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.errors[0]?.message, '`/members/3/gender` must be one of female, male, other, unknown; got "f".');
});

/** Pointers of every object in the example outside `extensions`. */
function objectPointers(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Array.isArray(value) ? [] : [at];
  return [
    ...own,
    ...Object.entries(value).flatMap(([k, v]) => (k === 'extensions' ? [] : objectPointers(v, `${at}/${k}`))),
  ];
}

test('schema: Object.prototype names are unknown properties in every object', () => {
  const places = objectPointers(example());
  assert.ok(places.length >= 40, 'the example has objects everywhere');
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
    for (const at of places) {
      const doc = example();
      let node: unknown = doc;
      for (const t of parsePointer(at) ?? []) node = (node as Node)[t];
      Object.defineProperty(node, key, { value: 1, enumerable: true, writable: true, configurable: true });
      const result = validate(doc);
      const got = result.ok ? [] : result.errors.map((e) => [e.path, e.code]);
      assert.deepEqual(got, [[`${at}/${key}`, 'unknown-property']], `${key} at ${at || '/'}`);
    }
  }
});
