import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../src/consent/explain.js';
import { redact } from '../src/consent/redact.js';
import type { FamilyDocument, Scope } from '../src/types.generated.js';
import type { Viewer } from '../src/viewer.js';
import { fixtures } from '../../../test/fixtures/index.js';

const custody = fixtures.custodyDispute as unknown as FamilyDocument;
const pro = (professional: string): Viewer => ({ kind: 'professional', professional });
const member = (id: string): Viewer => ({ kind: 'member', member: id });

// The custody-dispute family at asOf 2025-03-01: Janne (father) is denied all of the
// children's data for their safety; Hanna and the children have turvakielto; Emilia (14)
// asked that her parents not read her notes; the shelter stay is sensitive.
describe('consent rules on the custody-dispute fixture', () => {
  const rows: Array<[string, Viewer, string, Scope, boolean, string, string?]> = [
    ['the blocked father does not see his child, guardian or not', member('m-janne'), 'm-onni', 'identity', false, 'restriction', 'r-onni-father'],
    ['the blocked father does not see the child’s services', member('m-janne'), 'm-venla', 'services', false, 'restriction', 'r-venla-father'],
    ['a court order hides the mother’s contact from him', member('m-janne'), 'm-hanna', 'contact', false, 'restriction', 'r-hanna-contact-court'],
    ['the mother, a guardian, sees her child', member('m-hanna'), 'm-onni', 'services', true, 'guardian', 'pa-hanna-onni'],
    ['a child’s wish keeps her notes from her mother', member('m-hanna'), 'm-emilia', 'notes', false, 'restriction', 'r-emilia-notes-wish'],
    ['the grandmother’s guardianship (from 2024-10) counts', member('m-ritva'), 'm-venla', 'identity', true, 'guardian', 'pa-ritva-venla'],
    ['a sector consent reaches the school', pro('pr-annika'), 'm-onni', 'services', true, 'consent', 'cs-onni-sectors'],
    ['the same sector consent does not reach the police', pro('pr-jukka'), 'm-onni', 'identity', false, 'no-permit'],
    ['a consent to one professional', pro('pr-petri'), 'm-hanna', 'notes', true, 'consent', 'cs-hanna-lawyer'],
    // Counselling saw Hanna until 2023-10 by consent; now only through its own (ended) service.
    ['an expired consent no longer permits', pro('pr-leila'), 'm-hanna', 'notes', false, 'no-permit'],
    ['…while the organisation’s own service still shows who she is', pro('pr-leila'), 'm-hanna', 'identity', true, 'own-service', 's-couple-counselling'],
    ['turvakielto hides contact despite a consent covering it', pro('pr-kirsi'), 'm-hanna', 'contact', false, 'non-disclosure'],
    ['a sector consent reaches early childhood education', pro('pr-eveliina'), 'm-venla', 'identity', true, 'consent', 'cs-venla-sectors'],
    ['a restriction against an organisation', pro('pr-timo'), 'm-hanna', 'services', false, 'restriction', 'r-hanna-paternal-relatives'],
  ];
  for (const [what, viewer, memberId, scope, visible, kind, id] of rows) {
    test(what, () => {
      const decision = explain(custody, viewer, memberId, scope);
      assert.equal(decision.visible, visible, JSON.stringify(decision));
      assert.equal(decision.reason.kind, kind, JSON.stringify(decision));
      if (id !== undefined) assert.ok(Object.values(decision.reason).includes(id), JSON.stringify(decision.reason));
    });
  }

  test('the father’s redacted document holds nothing of the children, their shelter or addresses', () => {
    const out = redact(custody, member('m-janne'));
    const text = JSON.stringify(out);
    for (const secret of ['Emilia', 'Onni', 'Venla', 'Shelter', 'shelter', '"m-emilia"', '"m-onni"', '"m-venla"']) {
      assert.ok(!text.includes(secret), `${secret} must not reach the father`);
    }
    const hanna = custody.members.find((m) => m.id === 'm-hanna')!;
    for (const value of [hanna.address, hanna.phone, hanna.email]) if (value) assert.ok(!text.includes(value), 'turvakielto');
    assert.ok(!(out.restrictions ?? []).some((r) => r.deny.members?.includes('m-janne')), 'restrictions against him are not shown to him');
  });

  test('the mother’s portal view never shows a sensitive service, her own included', () => {
    const out = redact(custody, member('m-hanna'));
    assert.ok((out.services ?? []).length > 0);
    assert.ok(!(out.services ?? []).some((s) => s.sensitive === true));
    assert.ok(!(out.events ?? []).some((e) => e.sensitive === true || (e.services ?? []).some((id) => ['s-shelter', 's-ipv-support', 's-police'].includes(id))));
  });

  test('an item needs every member’s scope: child welfare does not see the shelter stay (Emilia’s services are not shared with it)', () => {
    const out = redact(custody, pro('pr-kirsi'));
    assert.ok(!(out.services ?? []).some((s) => s.id === 's-shelter'));
    assert.ok((out.services ?? []).some((s) => s.id === 's-childwelfare'));
  });

  test('the shelter’s worker sees its own stay, but never a turvakielto address', () => {
    const out = redact(custody, pro('pr-riikka'));
    assert.ok((out.services ?? []).some((s) => s.id === 's-shelter'));
    assert.ok(!JSON.stringify(out).includes(custody.members.find((m) => m.id === 'm-hanna')!.address ?? '\u0000'));
    for (const h of out.households ?? []) assert.ok(h.members.every((m) => !['m-hanna', 'm-emilia'].includes(m)) || h.address === undefined);
  });
});
