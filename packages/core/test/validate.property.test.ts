// Property tests: validate() never throws, never mutates, never pollutes, whatever it is given,
// and reports schema and integrity errors together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { MAX_ERRORS, validate, type ValidationResult } from '../src/index.js';
import { parsePointer } from '../src/validate/pointer.js';
import { randomDocument } from './support/random-family.js';

type Node = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(new URL('../src/schema/family-document.schema.json', import.meta.url), 'utf8')) as { examples: unknown[] };
const example = (): Node => structuredClone(schema.examples[0]) as Node;

const CODES = new Set([
  'not-an-object', 'not-json', 'too-deep', 'too-large', 'unsupported-version', 'type', 'required', 'unknown-property', 'enum',
  'pattern', 'empty', 'too-few', 'too-many', 'invalid', 'invalid-date', 'duplicate-id', 'unresolved-reference',
  'wrong-reference-kind', 'parentage-cycle', 'self-parent', 'period-order', 'history-order', 'same-partner', 'same-member',
  'bond-direction', 'too-many-errors',
]);
const SCHEMA_CODES = new Set(['type', 'required', 'unknown-property', 'enum', 'pattern', 'empty', 'too-few', 'too-many', 'invalid']);
const INTEGRITY_CODES = new Set([
  'invalid-date', 'duplicate-id', 'unresolved-reference', 'wrong-reference-kind', 'parentage-cycle', 'self-parent', 'period-order',
  'history-order', 'same-partner', 'same-member', 'bond-direction',
]);

/** The result has the promised shape: a copy on success, well-formed errors otherwise. */
function assertWellFormed(result: ValidationResult): void {
  if (result.ok) {
    assert.equal(typeof result.document, 'object');
    return;
  }
  assert.ok(result.errors.length > 0 && result.errors.length <= MAX_ERRORS, 'result.errors.length > 0 && result.errors.length <= MAX_ERRORS');
  for (const e of result.errors) {
    assert.ok(CODES.has(e.code), e.code);
    assert.ok(parsePointer(e.path) !== undefined, `path is a JSON Pointer: ${e.path}`);
    assert.match(e.message, /\.$/);
  }
  // What validate answers when something inside it threw.
  assert.ok(!result.errors.some((e) => e.path === '' && e.code === 'invalid'), 'no internal failure');
  // Schema errors, then integrity errors, each path and code once.
  const firstIntegrity = result.errors.findIndex((e) => INTEGRITY_CODES.has(e.code));
  assert.ok(firstIntegrity === -1 || result.errors.findLastIndex((e) => SCHEMA_CODES.has(e.code)) < firstIntegrity, 'schema errors come first');
  const keys = result.errors.filter((e) => INTEGRITY_CODES.has(e.code)).map((e) => `${e.code} ${e.path}`);
  assert.equal(new Set(keys).size, keys.length, `no integrity error twice: ${keys.join(', ')}`);
}

function assertNotPolluted(): void {
  for (const key of ['polluted', 'x', 'isAdmin', 'toString2']) assert.equal(Object.hasOwn(Object.prototype, key), false, key);
  assert.equal(({} as Node).polluted, undefined);
}

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf', 'hasOwnProperty', 'members', 'id', 'extensions');

test('property: validate never throws on arbitrary JSON values', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = validate(value);
      assertWellFormed(result);
      assert.equal(result.ok, false);
    }),
    { numRuns: 500 },
  );
});

test('property: validate never throws nor mutates on arbitrary JS values', () => {
  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    key: fc.oneof(fc.string(), hostileKeys),
  });
  fc.assert(
    fc.property(fc.clone(anything, 2), ([value, twin]) => {
      assertWellFormed(validate(value));
      // fc.stringify, because deepStrictEqual calls two `new Date(NaN)` different.
      assert.equal(fc.stringify(value), fc.stringify(twin));
      assertNotPolluted();
    }),
    { numRuns: 500 },
  );
});

test('property: hostile keys at any depth never pollute prototypes', () => {
  const hostile = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.dictionary(hostileKeys, tie('node'), { maxKeys: 4 })),
  })).node;
  fc.assert(
    fc.property(hostile, fc.constantFrom('', '/extensions', '/members/0', '/members/0/extensions'), (value, where) => {
      const doc = example();
      const text = JSON.stringify(value);
      // JSON.parse makes "__proto__" an own key, the way an attacker's payload would arrive.
      const parsed = JSON.parse(text === undefined ? 'null' : text) as unknown;
      if (where === '') Object.assign(doc, { injected: parsed });
      else setAt(doc, `${where}/injected`, parsed);
      assertWellFormed(validate(JSON.parse(`{"__proto__":${JSON.stringify({ polluted: 1 })},"doc":1}`)));
      assertWellFormed(validate(doc));
      assertNotPolluted();
    }),
    { numRuns: 300 },
  );
});

/** Every pointer into the example, to aim mutations at. */
function pointers(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [at];
  const children = Object.entries(value).flatMap(([k, v]) => pointers(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return [at, ...children];
}

function setAt(root: unknown, path: string, value: unknown): void {
  const tokens = parsePointer(path) ?? [];
  const last = tokens.pop();
  let node = root;
  for (const t of tokens) node = node !== null && typeof node === 'object' ? (node as Node)[t] : undefined;
  // An earlier mutation may have removed or replaced the target's parent.
  if (last === undefined || node === null || typeof node !== 'object') return;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete (node as Node)[last];
  } else {
    Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  }
}

const ALL_POINTERS = pointers(example()).filter((p) => p !== '');
const ids = fc.constantFrom('m-mother', 'm-father', 'm-child', 'pro-1', 'org-social', 'sv-1', 'fam-1', 'ghost', '');
const dates = fc.constantFrom('2024-02-29', '2023-02-29', '1900', '2020-13', '2025-02-10T09:00:00Z', '2025-02-10T25:00:00Z', '0000', '1999-12-31');
const mutation = fc.record({
  path: fc.constantFrom(...ALL_POINTERS),
  value: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), ids, dates, hostileKeys),
});

test('property: mutated copies of a valid document never throw, and a success is an exact copy', () => {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
      const doc = example();
      for (const { path, value } of mutations) setAt(doc, path, value);
      const before = JSON.stringify(doc);
      const result = validate(doc);
      assertWellFormed(result);
      assert.equal(JSON.stringify(doc), before, 'input unchanged');
      if (result.ok) {
        assert.deepStrictEqual(result.document, JSON.parse(before));
        assert.ok(validate(result.document).ok, 'a validated document validates again');
      }
      assertNotPolluted();
    }),
    { numRuns: 1000 },
  );
});

test('property: every error points into the document or at a missing property of an existing object', () => {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      const doc = example();
      for (const { path, value } of mutations) setAt(doc, path, value);
      const result = validate(doc);
      if (result.ok) return;
      for (const e of result.errors) {
        if (e.code === 'too-many-errors') continue;
        const tokens = parsePointer(e.path) ?? [];
        // The parent of every reported path exists in the input.
        let node: unknown = doc;
        for (const t of tokens.slice(0, -1)) {
          assert.ok(node !== null && typeof node === 'object' && Object.hasOwn(node, t), `${e.path} (${e.code})`);
          node = (node as Node)[t];
        }
      }
    }),
    { numRuns: 500 },
  );
});

type Doc = { members: Node[]; parentage?: Node[]; partnerships?: Node[]; twins?: Node[] };
type Found = [path: string, code: string];
type Collection = 'members' | 'partnerships' | 'parentage' | 'twins';
type Fault = 'dangling-new' | 'dangling-existing' | 'duplicate' | 'date';

/** A field to break in an item of each collection, with a value of the wrong shape and the schema's code for it. The id stays readable. */
const SHAPE_FAULTS: Record<Collection, [field: string, value: unknown, code: string]> = {
  members: ['name', 7, 'type'],
  partnerships: ['history', 'married', 'type'],
  parentage: ['kind', 'alien', 'enum'],
  twins: ['identical', 'yes', 'type'],
};

/** Adds one integrity fault, away from the item at `spared` (a path), and says where it is reported. */
function addIntegrityFault(doc: Doc, fault: Fault, pick: number, spared: string): Found {
  const members = doc.members;
  const parentage = (doc.parentage ??= []);
  const others = parentage.map((_, j) => j).filter((j) => !spared.startsWith(`/parentage/${j}/`));
  if (fault === 'dangling-existing' && others.length > 0) {
    const j = others[pick % others.length]!;
    parentage[j]!.child = 'ghost';
    return [`/parentage/${j}/child`, 'unresolved-reference'];
  }
  if (fault === 'duplicate') {
    members.push({ id: members[pick % members.length]!.id, name: 'Again', gender: 'unknown' });
    return [`/members/${members.length - 1}/id`, 'duplicate-id'];
  }
  if (fault === 'date') {
    members.push({ id: 'x-leap', name: 'Leap', gender: 'unknown', birthDate: '2023-02-29' });
    return [`/members/${members.length - 1}/birthDate`, 'invalid-date'];
  }
  parentage.push({ id: 'x-dangling', parent: members[pick % members.length]!.id, child: 'ghost', kind: 'biological' });
  return [`/parentage/${parentage.length - 1}/child`, 'unresolved-reference'];
}

const split = (result: ValidationResult) => {
  const errors: Found[] = result.ok ? [] : result.errors.map((e) => [e.path, e.code]);
  return { schema: errors.filter(([, code]) => SCHEMA_CODES.has(code)), integrity: errors.filter(([, code]) => INTEGRITY_CODES.has(code)) };
};

const brokenFamily = fc.record({
  doc: randomDocument,
  collection: fc.constantFrom<Collection>('members', 'partnerships', 'parentage', 'twins'),
  item: fc.nat(),
  fault: fc.constantFrom<Fault>('dangling-new', 'dangling-existing', 'duplicate', 'date'),
  pick: fc.nat(),
});

test('property: a malformed item and an integrity fault elsewhere are reported together, at their paths in the input', () => {
  fc.assert(
    fc.property(brokenFamily, ({ doc: valid, collection: wanted, item, fault, pick }) => {
      assert.ok(validate(valid).ok, 'the generated family is valid');
      const doc = structuredClone(valid) as unknown as Doc;
      const collection = (doc[wanted]?.length ?? 0) > 0 ? wanted : 'members';
      const items = doc[collection]!;
      const i = item % items.length;
      const [field, value, schemaCode] = SHAPE_FAULTS[collection];
      items[i]![field] = value;
      const broken = `/${collection}/${i}/`;
      const integrityFault = addIntegrityFault(doc, fault, pick, broken);

      const result = validate(doc);
      assertWellFormed(result);
      const { schema, integrity } = split(result);
      assert.deepEqual(schema, [[`${broken}${field}`, schemaCode]]);
      assert.deepEqual(integrity, [integrityFault]);
    }),
    { numRuns: 200 },
  );
});

test('property: a member without a readable id silences unresolved member references, and nothing else', () => {
  fc.assert(
    fc.property(randomDocument, fc.nat(), fc.constantFrom('number', 'empty', 'missing'), (valid, pick, how) => {
      const doc = structuredClone(valid) as unknown as Doc;
      const i = pick % doc.members.length;
      // A reference to nobody might have meant that member; a bad date is news whatever the ids.
      addIntegrityFault(doc, 'dangling-new', pick, '');
      const dateFault = addIntegrityFault(doc, 'date', pick, '');
      if (how === 'missing') delete doc.members[i]!.id;
      else doc.members[i]!.id = how === 'number' ? 7 : '';

      const result = validate(doc);
      assertWellFormed(result);
      const { schema, integrity } = split(result);
      assert.deepEqual(schema, [[`/members/${i}/id`, { number: 'type', empty: 'empty', missing: 'required' }[how]]]);
      assert.deepEqual(integrity, [dateFault]);
    }),
    { numRuns: 100 },
  );
});
