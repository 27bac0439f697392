import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, describe, failOnConsoleWarnings, it, memberNodes } from './helpers.js';

/**
 * A large family: 25 founding couples, three children per couple for three generations,
 * everyone but the youngest row partnered with someone from outside. 1,600 members.
 */
export function largeFamily(target = 1600): Record<string, unknown> {
  const members: Array<Record<string, unknown>> = [];
  const partnerships: Array<Record<string, unknown>> = [];
  const parentage: Array<Record<string, unknown>> = [];
  let n = 0;
  const add = (gender: 'female' | 'male', year: number, extra: Record<string, unknown> = {}): string => {
    const id = `m${n++}`;
    members.push({ id, name: `Person ${n}`, gender, birthDate: `${year}-0${1 + (n % 9)}-1${n % 9}`, ...extra });
    return id;
  };
  const couple = (a: string, b: string, year: number) => {
    partnerships.push({ id: `p${partnerships.length}`, partners: [a, b], history: [{ status: 'married', start: String(year) }] });
  };
  let couples: Array<[string, string]> = [];
  for (let i = 0; i < 25; i++) {
    const pair: [string, string] = [add('male', 1930, i % 3 === 0 ? { deceased: true } : {}), add('female', 1932)];
    couple(pair[0], pair[1], 1955);
    couples.push(pair);
  }
  for (let generation = 1; generation <= 3; generation++) {
    const next: Array<[string, string]> = [];
    for (const [a, b] of couples) {
      for (let c = 0; c < 3 && members.length < target; c++) {
        const year = 1930 + generation * 25 + c;
        const child = add(c % 2 === 0 ? 'female' : 'male', year);
        parentage.push({ id: `pa${parentage.length}`, parent: a, child, kind: 'biological' });
        parentage.push({ id: `pa${parentage.length}`, parent: b, child, kind: 'biological' });
        if (members.length < target) {
          const spouse = add(c % 2 === 0 ? 'male' : 'female', year);
          couple(child, spouse, year + 25);
          next.push(c % 2 === 0 ? [spouse, child] : [child, spouse]);
        }
      }
    }
    couples = next;
  }
  members[0]!.index = true;
  return { schemaVersion: '1.0', asOf: '2025-03-01', members, partnerships, parentage };
}

// Speed is measured by `npm run bench` on the production bundle, never by a timed test
// (a shared machine makes timings flaky). This test checks that a family of 1,600 draws
// every member, with the same shape the bench uses.
describe('<family-view> at scale', () => {
  failOnConsoleWarnings();

  it('draws every one of 1,600 members, each once', async function () {
    this.timeout(120000);
    const doc = largeFamily();
    expect((doc.members as unknown[]).length).to.equal(1600);
    const el = await fixture<FamilyView>(html`<family-view .viewer=${ADMIN}></family-view>`);
    el.data = doc;
    await el.updateComplete;
    await nextFrame();
    const ids = memberNodes(el).map((node) => node.getAttribute('data-member-id'));
    expect(ids).to.have.length(1600);
    expect(new Set(ids).size).to.equal(1600);
  });
});
