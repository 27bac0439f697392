/**
 * Golden check: the exact output of `layoutGenogram` (a sha256 of its JSON) for the sample
 * families, a few synthetic ones and some random shapes. The layout tests check what a
 * layout must satisfy; this one catches any change at all, so that work meant only to
 * make the layout faster can prove it draws every family exactly as before.
 *
 * When the layout is MEANT to change, regenerate the table deliberately — after checking
 * the new drawings — with
 *   LAYOUT_GOLDEN_PRINT=1 node --import tsx --test packages/core/test/layout-golden.test.ts
 * and paste the printed table (without the '# ' that node:test puts before each line) over
 * GOLDEN below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { layoutGenogram } from '../src/layout/genogram-layout.js';
import type { GenogramInput } from '../src/layout/family-graph.js';
import { fixtureList } from '../../../test/fixtures/index.js';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import { mulberry32 } from '../../../test/synthetic/prng.js';
import { buildRandomFamily } from './support/random-family.js';

function* cases(): Generator<[string, GenogramInput]> {
  for (const f of fixtureList) yield [`fixture ${f.key}`, f.document as GenogramInput];
  for (const size of [100, 1600]) yield [`synthetic ${size}`, syntheticFamily(size, 20251124) as unknown as GenogramInput];
  for (let seed = 1; seed <= 12; seed++) {
    const random = mulberry32(seed);
    const choices = Array.from({ length: 200 }, () => Math.floor(random() * 1001));
    yield [`random ${seed}`, buildRandomFamily(choices)];
  }
}

const GOLDEN: Record<string, string> = {
  'fixture refugeeFamily': '7aae218d275921e2',
  'fixture blendedFamily': '2013b6cb733459da',
  'fixture custodyDispute': '29fecebd288b22dd',
  'fixture hostileText': 'd4c62b7737cfb100',
  'synthetic 100': 'dabc7ebe837a7adc',
  'synthetic 1600': 'da33d66833b02258',
  'random 1': '5950453768516bef',
  'random 2': 'b83756feafa7ee10',
  'random 3': '7984f7abf003c1f6',
  'random 4': '2f1da14f80a94ee6',
  'random 5': '9186651b01f79737',
  'random 6': 'f2d1f21b1d09c16e',
  'random 7': '7bdad77e9e9508ef',
  'random 8': '782c4600f0d2e2c0',
  'random 9': '66ec3c836326696e',
  'random 10': '1c45eadc8f62e551',
  'random 11': 'de083778ed1461b8',
  'random 12': 'c16bb1d87a33d92b',
};

test('layoutGenogram draws every golden family exactly as recorded', () => {
  const actual: Record<string, string> = {};
  for (const [name, input] of cases()) actual[name] = createHash('sha256').update(JSON.stringify(layoutGenogram(input))).digest('hex').slice(0, 16);
  if (process.env['LAYOUT_GOLDEN_PRINT'] === '1') console.log(JSON.stringify(actual, null, 2));
  const changed = Object.keys(actual).filter((name) => actual[name] !== GOLDEN[name]);
  assert.ok(changed.length === 0, `layout output changed for: ${changed.join(', ')} (see the comment at the top if that is intended)`);
  assert.deepEqual(Object.keys(GOLDEN).sort(), Object.keys(actual).sort(), 'the golden table lists exactly the cases');
});
