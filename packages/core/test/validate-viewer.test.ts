// parseViewer(): who is looking, from an object or a JSON attribute; anything malformed is undefined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseViewer } from '../src/index.js';

test('parseViewer: the four kinds, from objects and JSON strings', () => {
  assert.deepEqual(parseViewer({ kind: 'admin' }), { kind: 'admin' });
  assert.deepEqual(parseViewer({ kind: 'professional', professional: 'pro-1' }), { kind: 'professional', professional: 'pro-1' });
  assert.deepEqual(parseViewer({ kind: 'organization', organization: 'org-1' }), { kind: 'organization', organization: 'org-1' });
  assert.deepEqual(parseViewer({ kind: 'member', member: 'm-1' }), { kind: 'member', member: 'm-1' });
  assert.deepEqual(parseViewer('{"kind":"member","member":"m-1"}'), { kind: 'member', member: 'm-1' });
});

test('parseViewer: anything malformed is undefined', () => {
  const bad: unknown[] = [
    undefined, null, '', 'admin', '{', '[]', 42, [], {},
    { kind: 'root' },
    { kind: 'admin', member: 'm-1' },
    { kind: 'member' },
    { kind: 'member', member: '' },
    { kind: 'member', member: 5 },
    { kind: 'member', professional: 'pro-1' },
    { kind: 'professional', professional: 'pro-1', organization: 'org-1' },
    { kind: 'organization', organization: ['org-1'] },
    Object.create({ kind: 'admin' }) as unknown,
    JSON.parse('{"__proto__":{"kind":"admin"}}') as unknown,
    new Proxy({}, { ownKeys: () => { throw new Error('boom'); } }),
  ];
  bad.forEach((input, i) => assert.equal(parseViewer(input), undefined, `case ${i}`));
});

test('parseViewer: the result is a fresh object with only the viewer fields', () => {
  const input = { kind: 'member', member: 'm-1' };
  const viewer = parseViewer(input);
  assert.notEqual(viewer, input);
});

test('property: parseViewer never throws and returns a well-formed viewer or undefined', () => {
  fc.assert(
    fc.property(fc.oneof(fc.anything(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.string()), (input) => {
      const viewer = parseViewer(input);
      if (viewer === undefined) return;
      assert.ok(['admin', 'professional', 'organization', 'member'].includes(viewer.kind));
      assert.equal(Object.keys(viewer).length, viewer.kind === 'admin' ? 1 : 2);
    }),
    { numRuns: 500 },
  );
});
