// How integrity errors are added to a schema-invalid document's schema errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ValidationError, ValidationErrorCode } from '../src/index.js';
import { mergeErrors } from '../src/validate/integrity-partial.js';

const error = (path: string, code: ValidationErrorCode): ValidationError => ({ path, code, message: `${code} at ${path}.` });
const pairs = (errors: readonly ValidationError[]) => errors.map((e) => [e.path, e.code]);

test('mergeErrors: schema errors first, then the integrity errors, in their own order', () => {
  const merged = mergeErrors([error('/members/1/gender', 'enum')], [error('/parentage/3/child', 'unresolved-reference'), error('/members/0/id', 'duplicate-id')]);
  assert.deepEqual(pairs(merged), [
    ['/members/1/gender', 'enum'],
    ['/parentage/3/child', 'unresolved-reference'],
    ['/members/0/id', 'duplicate-id'],
  ]);
});

test('mergeErrors: an integrity error at or under a path the schema reported is left out', () => {
  const merged = mergeErrors(
    [error('/members/3', 'invalid'), error('/asOf', 'pattern')],
    [
      error('/members/3/id', 'duplicate-id'),
      error('/asOf', 'invalid-date'),
      // Siblings whose names only start the same are not under the reported path.
      error('/members/30/id', 'duplicate-id'),
      error('/asOfX', 'invalid-date'),
    ],
  );
  assert.deepEqual(pairs(merged), [
    ['/members/3', 'invalid'],
    ['/asOf', 'pattern'],
    ['/members/30/id', 'duplicate-id'],
    ['/asOfX', 'invalid-date'],
  ]);
});

test('mergeErrors: the same path and code is reported once', () => {
  const merged = mergeErrors(
    [error('/members/0/name', 'type')],
    [error('/bonds/0/from', 'unresolved-reference'), error('/bonds/0/from', 'unresolved-reference'), error('/bonds/0/from', 'bond-direction')],
  );
  assert.deepEqual(pairs(merged), [
    ['/members/0/name', 'type'],
    ['/bonds/0/from', 'unresolved-reference'],
    ['/bonds/0/from', 'bond-direction'],
  ]);
});

test('mergeErrors: paths with escaped tokens are compared token by token', () => {
  const merged = mergeErrors([error('/extensions/a~1b', 'type')], [error('/extensions/a~1b/c', 'invalid-date'), error('/extensions/a', 'invalid-date')]);
  assert.deepEqual(pairs(merged), [
    ['/extensions/a~1b', 'type'],
    ['/extensions/a', 'invalid-date'],
  ]);
});
