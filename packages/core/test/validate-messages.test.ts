// validate(input, { messages }): a custom catalogue writes every message, on every path that
// makes one (the input check, the copy, the schema errors, integrity, dates and the cap),
// while paths and codes stay the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishValidationMessages, validate, type ValidationErrorCode, type ValidationMessages, type ValidationResult } from '../src/index.js';
import { example, setAt, type Node } from './support/example-document.js';

/** English, each message prefixed with its code: "[required] `/members` is required…". */
const tagged = Object.fromEntries(
  Object.entries(englishValidationMessages).map(([code, english]) => [
    code,
    (...args: unknown[]) => `[${code}] ${(english as (...a: unknown[]) => string)(...args)}`,
  ]),
) as unknown as ValidationMessages;

const changed = (changes: [path: string, value: unknown][]): Node => {
  const doc = example();
  for (const [path, value] of changes) setAt(doc, path, value);
  return doc;
};
const minimal = (): Node => ({ schemaVersion: '1.0', members: [{ id: 'a', name: 'A', gender: 'female' }] });

const nested = (depth: number): unknown => {
  let deep: unknown = {};
  for (let i = 0; i < depth; i++) deep = { next: deep };
  return deep;
};
const shared = (levels: number): unknown => {
  let node: unknown = 'leaf';
  for (let i = 0; i < levels; i++) node = [node, node];
  return node;
};

// [name, input, a code the errors must include]
const cases: [string, () => unknown, ValidationErrorCode][] = [
  ['not an object', () => [], 'not-an-object'],
  ['not JSON: a function', () => ({ ...minimal(), extensions: { f: () => 1 } }), 'not-json'],
  ['not JSON: NaN', () => ({ ...minimal(), extensions: { n: Number.NaN } }), 'not-json'],
  ['not JSON: a Date', () => ({ ...minimal(), extensions: { d: new Date(0) } }), 'not-json'],
  ['too deep', () => ({ ...minimal(), extensions: nested(100) }), 'too-deep'],
  ['too large', () => ({ ...minimal(), extensions: { node: shared(25) } }), 'too-large'],
  ['unsupported version', () => ({ ...minimal(), schemaVersion: '2.0' }), 'unsupported-version'],
  ['type', () => changed([['/members', {}]]), 'type'],
  ['required', () => changed([['/members/0/name', undefined]]), 'required'],
  ['required, with the rule why', () => changed([['/services/0/periods', undefined]]), 'required'],
  ['unknown property', () => changed([['/colour', 'red']]), 'unknown-property'],
  ['enum', () => changed([['/members/0/gender', 'f']]), 'enum'],
  ['pattern', () => changed([['/asOf', '1.3.2025']]), 'pattern'],
  ['empty', () => changed([['/members/0/name', '']]), 'empty'],
  ['too few', () => changed([['/services/0/periods', []]]), 'too-few'],
  ['too many', () => changed([['/restrictions/0/scope', ['all', 'contact']]]), 'too-many'],
  ['invalid: exactly one of', () => changed([['/goals/0/owner', { member: 'm-mother', professional: 'pro-1' }]]), 'invalid'],
  ['invalid date', () => changed([['/members/2/birthDate', '2024-02-30']]), 'invalid-date'],
  ['duplicate id', () => changed([['/goals/-', { id: 'pro-1', text: 'X', status: 'open' }]]), 'duplicate-id'],
  ['unresolved reference', () => changed([['/parentage/0/parent', 'ghost']]), 'unresolved-reference'],
  ['wrong reference kind', () => changed([['/bonds/0/from', 'pro-1']]), 'wrong-reference-kind'],
  ['self parent', () => changed([['/parentage/0/child', 'm-mother']]), 'self-parent'],
  [
    'parentage cycle',
    () =>
      changed([
        ['/parentage/-', { id: 'pe-x', parent: 'm-twin', child: 'm-child', kind: 'step' }],
        ['/parentage/-', { id: 'pe-y', parent: 'm-child', child: 'm-twin', kind: 'step' }],
      ]),
    'parentage-cycle',
  ],
  ['period order', () => changed([['/bonds/0/period', { start: '2023-03', end: '2023-02' }]]), 'period-order'],
  ['history order', () => changed([['/partnerships/0/history/1/start', '2009']]), 'history-order'],
  ['same partner', () => changed([['/partnerships/0/partners', ['m-mother', 'm-mother']]]), 'same-partner'],
  ['same member', () => changed([['/bonds/0/between', ['m-father', 'm-father']]]), 'same-member'],
  ['bond direction', () => changed([['/bonds/0/from', 'm-child']]), 'bond-direction'],
  [
    'too many errors',
    () => ({ ...minimal(), members: Array.from({ length: 150 }, (_, i) => ({ id: `m${i}`, name: 'X', gender: 'f' })) }),
    'too-many-errors',
  ],
];

const errorsOf = (result: ValidationResult) => (result.ok ? [] : result.errors);

for (const [name, input, code] of cases) {
  test(`validate messages: a custom catalogue writes the message (${name})`, () => {
    const english = errorsOf(validate(input()));
    const custom = errorsOf(validate(input(), { messages: tagged }));
    assert.ok(
      english.some((e) => e.code === code),
      `the case makes a ${code} error: ${JSON.stringify(english.map((e) => e.code))}`,
    );
    assert.deepEqual(
      custom.map((e) => [e.path, e.code]),
      english.map((e) => [e.path, e.code]),
      'the same paths and codes',
    );
    custom.forEach((e, i) => assert.equal(e.message, `[${e.code}] ${english[i]?.message}`, `message ${i} from the catalogue`));
  });
}

test('validate messages: every code is exercised above', () => {
  const covered = new Set(cases.map(([, , code]) => code));
  const missing = Object.keys(englishValidationMessages).filter((code) => !covered.has(code as ValidationErrorCode));
  assert.deepEqual(missing, [], 'codes without a case');
});

test('validate messages: the catalogue gets meanings, not English words', () => {
  const calls: { code: string; args: unknown[] }[] = [];
  const recording = Object.fromEntries(
    Object.keys(englishValidationMessages).map((code) => [
      code,
      (...args: unknown[]) => {
        calls.push({ code, args });
        return code;
      },
    ]),
  ) as unknown as ValidationMessages;
  validate(changed([['/asOf', '1.3.2025']]), { messages: recording });
  validate(changed([['/services/0/periods', undefined]]), { messages: recording });
  validate(changed([['/restrictions/0/scope', ['all', 'contact']]]), { messages: recording });
  validate(changed([['/bonds/0/from', 'pro-1']]), { messages: recording });
  validate({ ...minimal(), extensions: { n: Number.POSITIVE_INFINITY } }, { messages: recording });
  assert.deepEqual(
    calls.map(({ code, args }) => [code, ...args]),
    [
      ['pattern', '/asOf', 'date', '^\\d{4}(-\\d{2}(-\\d{2})?)?$', '1.3.2025'],
      ['required', '/services/0/periods', 'service-periods'],
      ['too-many', '/restrictions/0/scope', 1, 2, 'restriction-scope-all'],
      ['wrong-reference-kind', '/bonds/0/from', 'pro-1', 'member', 'professional'],
      ['not-json', '/extensions/n', 'number', 'Infinity'],
    ],
  );
});

test('validate messages: a catalogue that throws still leaves validate not throwing', () => {
  const throwing = Object.fromEntries(
    Object.keys(englishValidationMessages).map((code) => [
      code,
      () => {
        throw new Error(`no words for ${code}`);
      },
    ]),
  ) as unknown as ValidationMessages;
  const result = validate(changed([['/members/0/name', undefined]]), { messages: throwing });
  assert.equal(result.ok, false, 'still invalid');
  assert.ok(!result.ok && result.errors.length === 1 && result.errors[0]!.message.length > 0, 'one error with English words');
});

test('validate messages: English stays the default', () => {
  const result = validate(changed([['/members/0/name', undefined]]));
  assert.deepEqual(errorsOf(result), [{ path: '/members/0/name', code: 'required', message: '`/members/0/name` is required but missing.' }]);
});
