// Property tests: validate() never throws, never mutates, never pollutes, whatever it is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { MAX_ERRORS, validate, type ValidationResult } from '../src/index.js';
import { parsePointer } from '../src/validate/pointer.js';

type Node = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(new URL('../src/schema/family-document.schema.json', import.meta.url), 'utf8')) as { examples: unknown[] };
const example = (): Node => structuredClone(schema.examples[0]) as Node;

const CODES = new Set([
  'not-an-object', 'not-json', 'too-deep', 'too-large', 'unsupported-version', 'type', 'required', 'unknown-property', 'enum',
  'pattern', 'empty', 'too-few', 'too-many', 'invalid', 'invalid-date', 'duplicate-id', 'unresolved-reference',
  'wrong-reference-kind', 'parentage-cycle', 'self-parent', 'period-order', 'history-order', 'same-partner', 'same-member',
  'bond-direction', 'too-many-errors',
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

test('property: schema errors point into the document or at a missing property of an existing object', () => {
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
