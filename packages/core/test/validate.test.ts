// validate(): what it accepts as input, what it returns, and that it is safe with hostile input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MAX_ERRORS, validate, type FamilyDocument, type ValidationResult } from '../src/index.js';
import { escapeToken, parsePointer, pointer, resolvePointer } from '../src/validate/pointer.js';

type Node = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(new URL('../src/schema/family-document.schema.json', import.meta.url), 'utf8')) as { examples: unknown[] };
const example = (): Node & { members: Node[] } => structuredClone(schema.examples[0]) as Node & { members: Node[] };
const minimal = (): Node & { members: Node[] } => ({ schemaVersion: '1.0', members: [{ id: 'a', name: 'A', gender: 'female' }] });

const errorsOf = (result: ValidationResult) => (result.ok ? [] : result.errors.map((e) => [e.path, e.code]));
const documentOf = (result: ValidationResult): FamilyDocument => {
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  return result.document;
};

test('validate: a minimal document', () => {
  assert.deepEqual(documentOf(validate(minimal())), minimal());
});

test('validate: anything but an object is not-an-object', () => {
  for (const input of [null, undefined, 'doc', 42, true, [], [minimal()], () => minimal(), Symbol('x'), 10n]) {
    assert.deepEqual(errorsOf(validate(input)), [['', 'not-an-object']], String(typeof input));
  }
  const r = validate([]);
  assert.equal(!r.ok && r.errors[0]?.message, 'The family document must be a JSON object; got an empty array.');
});

test('validate: JSON text is not parsed for the host', () => {
  assert.deepEqual(errorsOf(validate(JSON.stringify(minimal()))), [['', 'not-an-object']]);
});

test('validate: returns a deep copy, so later changes to the input do not reach it', () => {
  const input = example();
  const document = documentOf(validate(input));
  assert.notEqual(document, input);
  assert.notEqual(document.members, input.members);
  assert.deepEqual(document, input);
  (input.members[0] as Node).name = 'Changed';
  input.members.push({ id: 'x', name: 'X', gender: 'male' });
  assert.equal(document.members[0]?.name, 'Leila Rezaei');
  assert.equal(document.members.length, 6);
});

test('validate: never mutates its input (a deeply frozen input validates)', () => {
  const deepFreeze = (v: unknown): unknown => {
    if (v && typeof v === 'object') {
      Object.values(v).forEach(deepFreeze);
      Object.freeze(v);
    }
    return v;
  };
  const input = deepFreeze(example());
  const snapshot = JSON.stringify(input);
  assert.ok(validate(input).ok, 'validate(input).ok');
  const bad = deepFreeze({ ...example(), members: [{ id: 1 }] });
  assert.equal(validate(bad).ok, false);
  assert.equal(JSON.stringify(input), snapshot);
});

test('validate: properties set to undefined count as absent, as in JSON.stringify', () => {
  const input = minimal();
  input.members[0] = { ...input.members[0], birthDate: undefined };
  input.asOf = undefined;
  const document = documentOf(validate(input));
  assert.equal(Object.hasOwn(document.members[0] ?? {}, 'birthDate'), false);
  assert.equal(Object.hasOwn(document, 'asOf'), false);
});

test('validate: objects from null prototypes are plain data', () => {
  const input = Object.assign(Object.create(null) as Node, minimal());
  assert.ok(validate(input).ok, 'validate(input).ok');
});

test('validate: non-JSON values are errors at their path, never throws', () => {
  const cases: [string, (doc: Node & { members: Node[] }) => void, string][] = [
    ['a function', (d) => void ((d.members[0] as Node).name = () => 'A'), '/members/0/name'],
    ['a symbol', (d) => void ((d.members[0] as Node).name = Symbol('A')), '/members/0/name'],
    ['a bigint', (d) => void ((d.members[0] as Node).name = 1n), '/members/0/name'],
    ['NaN', (d) => void ((d.members[0] as Node).name = Number.NaN), '/members/0/name'],
    ['Infinity', (d) => void ((d.members[0] as Node).name = Infinity), '/members/0/name'],
    ['a Date', (d) => void ((d.members[0] as Node).birthDate = new Date(0)), '/members/0/birthDate'],
    ['a Map', (d) => void (d.extensions = new Map()), '/extensions'],
    ['a class instance', (d) => void (d.extensions = new (class Ext {})()), '/extensions'],
    ['an undefined array item', (d) => void d.members.push(undefined as unknown as Node), '/members/6'],
    ['a hole in an array', (d) => void (d.members.length = 8), '/members/6'],
    ['a cycle', (d) => void (d.extensions = { self: d }), '/extensions/self'],
    [
      'a getter that throws',
      (d) =>
        void Object.defineProperty(d.members[0], 'name', {
          enumerable: true,
          get() {
            throw new Error('boom');
          },
        }),
      '/members/0/name',
    ],
    [
      'a proxy whose keys throw',
      (d) =>
        void (d.extensions = new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('boom');
            },
          },
        )),
      '/extensions',
    ],
  ];
  for (const [name, change, path] of cases) {
    const doc = example();
    change(doc);
    const result = validate(doc);
    assert.equal(result.ok, false, name);
    assert.deepEqual(errorsOf(result)[0], [path, 'not-json'], name);
  }
});

test('validate: a shared (not cyclic) object is fine', () => {
  const doc = example();
  const period = { start: '2020' };
  Object.assign(doc, { parentage: [{ id: 'p1', parent: 'm-mother', child: 'm-child', kind: 'foster', period }, { id: 'p2', parent: 'm-father', child: 'm-child', kind: 'foster', period }] });
  assert.ok(validate(doc).ok, 'validate(doc).ok');
});

test('validate: a revoked proxy as input does not throw', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.equal(validate(proxy).ok, false);
});

test('validate: __proto__ keys are rejected as unknown and never pollute prototypes', () => {
  const input = JSON.parse('{"schemaVersion":"1.0","members":[],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}') as unknown;
  const result = validate(input);
  assert.deepEqual(errorsOf(result), [
    ['/__proto__', 'unknown-property'],
    ['/constructor', 'unknown-property'],
  ]);
  assert.equal(({} as Node).polluted, undefined);
  assert.equal((Object.prototype as Node).polluted, undefined);
});

test('validate: __proto__ under extensions stays an own data property', () => {
  const doc = minimal();
  doc.extensions = JSON.parse('{"__proto__":{"polluted":1},"prototype":{"x":1}}') as unknown;
  const document = documentOf(validate(doc));
  const ext = document.extensions as Node;
  assert.equal(Object.getPrototypeOf(ext), Object.prototype);
  assert.ok(Object.hasOwn(ext, '__proto__'));
  assert.deepEqual(Object.getOwnPropertyDescriptor(ext, '__proto__')?.value, { polluted: 1 });
  assert.equal(({} as Node).polluted, undefined);
});

test('validate: paths escape ~ and / (RFC 6901)', () => {
  const doc = minimal();
  (doc.members[0] as Node)['a/b~c'] = 1;
  assert.deepEqual(errorsOf(validate(doc)), [['/members/0/a~1b~0c', 'unknown-property']]);
  assert.equal(escapeToken('~/'), '~0~1');
  assert.equal(pointer('a/b', 0, '~'), '/a~1b/0/~0');
  assert.deepEqual(parsePointer('/a~1b/0/~0~1'), ['a/b', '0', '~/']);
  assert.deepEqual(parsePointer(''), []);
  assert.equal(parsePointer('x'), undefined);
  assert.deepEqual(resolvePointer({ 'a/b': [1, 2] }, '/a~1b/1'), { found: true, value: 2 });
  assert.deepEqual(resolvePointer({ a: 1 }, '/constructor'), { found: false });
});

test('validate: too deep nesting is an error, not a stack overflow', () => {
  let deep: unknown = {};
  for (let i = 0; i < 100_000; i++) deep = { next: deep };
  const doc = { ...minimal(), extensions: deep };
  const result = validate(doc);
  assert.deepEqual(errorsOf(result).map(([, code]) => code), ['too-deep']);
  let deepArray: unknown = [];
  for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
  assert.deepEqual(errorsOf(validate({ ...minimal(), extensions: { a: deepArray } })).map(([, code]) => code), ['too-deep']);
});

test('validate: an exponential shared-reference graph is cut off, not walked forever', () => {
  let node: unknown = 'leaf';
  for (let i = 0; i < 40; i++) node = [node, node];
  const started = Date.now();
  const result = validate({ ...minimal(), extensions: { node } });
  assert.deepEqual(errorsOf(result).map(([, code]) => code), ['too-large']);
  assert.ok(Date.now() - started < 10_000, 'Date.now() - started < 10_000');
});

test('validate: errors are capped at MAX_ERRORS with a final too-many-errors entry', () => {
  const doc = minimal();
  doc.members = Array.from({ length: 150 }, (_, i) => ({ id: `m${i}`, name: 'X', gender: 'f' }));
  const result = validate(doc);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.errors.length, MAX_ERRORS);
  assert.ok(result.errors.slice(0, -1).every((e) => e.code === 'enum'), 'result.errors.slice(0, -1).every((e) => e.code === \'enum\')');
  assert.deepEqual(result.errors.at(-1), {
    path: '',
    code: 'too-many-errors',
    message: 'Only the first 99 of 150 errors are listed; fix those and validate again.',
  });
});

test('validate: the cap counts schema and integrity errors together, schema errors first', () => {
  const doc = minimal();
  doc.members = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, name: 'X', gender: 'f' }));
  doc.parentage = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, parent: `m${i}`, child: 'ghost', kind: 'biological' }));
  const result = validate(doc);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.errors.map((e) => e.code),
    [...Array<string>(60).fill('enum'), ...Array<string>(39).fill('unresolved-reference'), 'too-many-errors'],
  );
  assert.equal(result.errors[60]?.path, '/parentage/0/child');
  assert.equal(result.errors.at(-1)?.message, 'Only the first 99 of 120 errors are listed; fix those and validate again.');
});

test('validate: a malformed top-level part never makes integrity throw; what does not depend on it is still checked', () => {
  const cases: [name: string, change: (doc: Node & { members: Node[] }) => void, schemaError: [string, string]][] = [
    ['members not an array', (d) => void (d.members = { 0: d.members[0] } as unknown as Node[]), ['/members', 'type']],
    ['members missing', (d) => void delete (d as Node).members, ['/members', 'required']],
    ['parentage a string', (d) => void (d.parentage = 'none'), ['/parentage', 'type']],
    ['services null', (d) => void (d.services = null), ['/services', 'type']],
    ['family a string', (d) => void (d.family = 'fam-1'), ['/family', 'type']],
    ['family without an id', (d) => void (d.family = { label: 'X' }), ['/family/id', 'required']],
    ['asOf a number', (d) => void (d.asOf = 2025), ['/asOf', 'type']],
  ];
  for (const [name, change, schemaError] of cases) {
    const doc = example();
    change(doc);
    // A professional's organisation: the one reference none of the changes above can touch.
    (doc.professionals as Node[])[0]!.organization = 'ghost';
    assert.deepEqual(errorsOf(validate(doc)), [schemaError, ['/professionals/0/organization', 'unresolved-reference']], name);
  }
});

test('validate: a large valid family is validated quickly', () => {
  const doc = minimal();
  doc.members = Array.from({ length: 20_000 }, (_, i) => ({ id: `m${i}`, name: `Member ${i}`, gender: 'other', birthDate: '1990-01-01' }));
  doc.parentage = Array.from({ length: 19_999 }, (_, i) => ({ id: `p${i}`, parent: `m${i}`, child: `m${i + 1}`, kind: 'biological' }));
  const started = Date.now();
  assert.ok(validate(doc).ok, 'validate(doc).ok');
  assert.ok(Date.now() - started < 10_000, 'Date.now() - started < 10_000');
});

test('validate: a deep pedigree cycle is found without recursion', () => {
  const doc = minimal();
  doc.members = Array.from({ length: 50_000 }, (_, i) => ({ id: `m${i}`, name: 'X', gender: 'other' }));
  doc.parentage = Array.from({ length: 50_000 }, (_, i) => ({ id: `p${i}`, parent: `m${i}`, child: `m${(i + 1) % 50_000}`, kind: 'biological' }));
  assert.deepEqual(errorsOf(validate(doc)), [['/parentage/49999', 'parentage-cycle']]);
});

test('validate: an unsupported major version is the only error reported', () => {
  assert.deepEqual(errorsOf(validate({ schemaVersion: '2.0', members: 'not even an array', extra: true })), [['/schemaVersion', 'unsupported-version']]);
});
