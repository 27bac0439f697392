import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../src/consent/explain.js';
import { redact } from '../src/consent/redact.js';
import type { Scope } from '../src/types.generated.js';
import { validate } from '../src/validate/index.js';
import type { Viewer } from '../src/viewer.js';
import { consentFamily } from './support/consent-family.js';

const pro = (professional: string): Viewer => ({ kind: 'professional', professional });
const member = (id: string): Viewer => ({ kind: 'member', member: id });
const org = (organization: string): Viewer => ({ kind: 'organization', organization });

const ids = (items: ReadonlyArray<{ id: string }> | undefined) => (items ?? []).map((i) => i.id).sort();

describe('explain: one row per rule, permit and deny', () => {
  const rows: Array<[string, Viewer | undefined, string, Scope, boolean, string, string?]> = [
    // [what, viewer, member, scope, visible, reason kind, id in the reason]
    ['no viewer sees nothing', undefined, 'kid', 'identity', false, 'no-viewer'],
    ['an unknown viewer sees nothing', pro('nobody'), 'kid', 'identity', false, 'unknown-viewer'],
    ['admin sees everything', { kind: 'admin' }, 'kid', 'notes', true, 'admin'],
    ['consent to a professional', pro('nurse'), 'kid', 'services', true, 'consent', 'c-clinic-kid'],
    ['consent to an organisation', pro('sw'), 'kid', 'notes', true, 'consent', 'c-social-all'],
    ['the same consent, as the organisation itself', org('social'), 'kid', 'notes', true, 'consent', 'c-social-all'],
    ['consent to a sector', pro('sw'), 'mum', 'events', true, 'consent', 'c-social-mum'],
    ['consent to a member', member('gran'), 'teen', 'goals', true, 'consent', 'c-teen-to-gran'],
    ['a consent covers only its scopes', member('gran'), 'teen', 'notes', false, 'no-permit'],
    ['a consent to one professional does not reach a colleague', pro('doctor'), 'kid', 'services', false, 'no-permit'],
    ['the viewer is the member', member('teen'), 'teen', 'notes', true, 'self'],
    ['guardian of a minor', member('mum'), 'kid', 'notes', true, 'guardian', 'mum-kid'],
    ['guardianship ends at 18', member('mum'), 'half1', 'identity', false, 'no-permit'],
    ['own organisation’s service: identity', pro('teacher'), 'kid', 'identity', true, 'own-service', 's-school'],
    ['own organisation’s service: nothing more', pro('teacher'), 'kid', 'services', false, 'no-permit'],
    ['deny beats a guardian', member('dad'), 'kid', 'identity', false, 'restriction', 'r-dad'],
    ['a deny on one scope leaves the others', member('mum'), 'teen', 'identity', true, 'guardian', 'mum-teen'],
    ['child’s wish on notes', member('mum'), 'teen', 'notes', false, 'restriction', 'r-teen-notes'],
    ['an expired restriction no longer denies', pro('nurse'), 'kid', 'identity', true, 'consent', 'c-clinic-kid'],
    ['turvakielto: contact hidden despite consent', pro('sw'), 'mum', 'contact', false, 'non-disclosure'],
    ['turvakielto: the member sees their own contact', member('mum'), 'mum', 'contact', true, 'self'],
    ['an expired consent', pro('sw'), 'gran', 'identity', false, 'no-permit'],
    ['a consent not yet valid', pro('sw'), 'dad', 'identity', false, 'no-permit'],
    ['a revoked consent', pro('teacher'), 'gran', 'identity', false, 'no-permit'],
    ['no scope without identity', member('gran'), 'kid', 'services', false, 'identity-hidden'],
  ];
  for (const [what, viewer, memberId, scope, visible, kind, id] of rows) {
    test(what, () => {
      const decision = explain(consentFamily(), viewer, memberId, scope);
      assert.equal(decision.visible, visible);
      assert.equal(decision.reason.kind, kind);
      if (id !== undefined) assert.ok(Object.values(decision.reason).includes(id), `reason names ${id}: ${JSON.stringify(decision.reason)}`);
    });
  }
});

describe('redact', () => {
  const all = JSON.stringify(consentFamily());

  test('no viewer: nothing personal at all', () => {
    const out = redact(consentFamily(), undefined);
    assert.deepEqual(out, { schemaVersion: '1.0', asOf: '2025-03-01', members: [] });
  });

  test('admin: the whole document, as a copy', () => {
    const doc = consentFamily();
    const out = redact(doc, { kind: 'admin' });
    assert.deepEqual(out, doc);
    assert.notEqual(out.members, doc.members);
  });

  test('deny beats every permit: the blocked father sees nothing of the child', () => {
    const out = redact(consentFamily(), member('dad'));
    assert.ok(!out.members.some((m) => m.id === 'kid'));
    assert.ok(!JSON.stringify(out).includes('Kid Secretname'));
    assert.ok(!(out.restrictions ?? []).some((r) => r.id === 'r-dad'), 'a restriction is never shown to the party it denies');
    assert.ok(!(out.services ?? []).some((s) => s.members.includes('kid')));
  });

  test('turvakielto: contact and the household address are stripped for everyone else', () => {
    const out = redact(consentFamily(), pro('sw'));
    const mum = out.members.find((m) => m.id === 'mum')!;
    assert.equal(mum.phone, undefined);
    assert.equal(mum.address, undefined);
    assert.ok(!JSON.stringify(out).includes('Mum Street'));
    const own = redact(consentFamily(), member('mum'));
    assert.equal(own.members.find((m) => m.id === 'mum')!.phone, '+358 40 111');
  });

  test('sensitive services and their events never reach a member’s own view', () => {
    const mumView = redact(consentFamily(), member('mum'));
    assert.ok(!ids(mumView.services).includes('s-shelter'));
    assert.ok(!ids(mumView.events).includes('e-shelter'));
    assert.ok(!JSON.stringify(mumView).includes('Shelter'));
    const swView = redact(consentFamily(), pro('sw'));
    assert.ok(ids(swView.services).includes('s-shelter'), 'a professional with consent sees it');
    assert.ok(ids(swView.events).includes('e-shelter'));
  });

  test('own organisation: its services and what is tied only to them, nothing more', () => {
    const out = redact(consentFamily(), pro('teacher'));
    assert.deepEqual(ids(out.members.filter((m) => !m.placeholder)), ['kid']);
    // Mum granted the consents about Kid that the teacher may read, and Dad is named in the
    // restriction protecting Kid: both are there, unnamed.
    assert.equal(out.members.filter((m) => m.placeholder).length, 2);
    const restriction = out.restrictions!.find((r) => r.id === 'r-dad')!;
    assert.ok(out.members.some((m) => m.placeholder && m.id === restriction.deny.members![0]), 'the denied party appears only as a placeholder');
    assert.ok(!JSON.stringify(out).includes('Mum'));
    assert.deepEqual(ids(out.services), ['s-school']);
    assert.deepEqual(ids(out.events), ['e-school']);
    assert.deepEqual(ids(out.goals), ['g-read']);
    assert.deepEqual(out.notes ?? [], []);
  });

  test('an item is shown only when every member it involves is seen in that scope', () => {
    // The nurse sees Kid's services by consent and Teen only through the clinic's own service.
    const out = redact(consentFamily(), pro('nurse'));
    assert.ok(ids(out.services).includes('s-clinic'), 'own service for both');
    assert.ok(!ids(out.services).includes('s-social'), 'Mum and Teen not seen in services');
  });

  test('hidden members connecting visible ones become anonymous placeholders', () => {
    const out = redact(consentFamily(), pro('sw'));
    const placeholders = out.members.filter((m) => m.placeholder === true);
    assert.equal(placeholders.length, 3, 'Dad (parent of Kid and Teen), the half-siblings’ father, Gran (whom Teen consented to)');
    for (const p of placeholders) {
      assert.deepEqual(Object.keys(p).sort(), ['gender', 'id', 'name', 'placeholder']);
      assert.equal(p.gender, 'unknown');
      assert.ok(!['dad', 'exdad'].includes(p.id));
    }
    const text = JSON.stringify(out);
    for (const secret of ['Dad Secretname', 'Exdad', '1983', '1970', 'dad@example.org', '"dad"', '"exdad"', 'Gran']) {
      assert.ok(!text.includes(secret), `${secret} must not be in the output`);
    }
    // Gran is hidden but named in Teen's consent: her line to Mum ends at a placeholder.
    const granLine = (out.parentage ?? []).find((p) => p.id === 'gran-mum')!;
    assert.ok(placeholders.some((p) => p.id === granLine.parent), 'a placeholder for Gran');
  });

  test('goals lose owners and assignees the viewer may not see', () => {
    const out = redact(consentFamily(), pro('sw'));
    const goal = out.goals!.find((g) => g.id === 'g-home')!;
    assert.deepEqual(goal.owner, { member: 'mum' });
    assert.equal(goal.tasks![0]!.assignee, undefined);
  });

  test('consents are shown about members the viewer sees; a hidden granter becomes a placeholder', () => {
    const out = redact(consentFamily(), member('gran'));
    assert.deepEqual(ids(out.members.filter((m) => !m.placeholder)), ['gran', 'teen']);
    const teenConsents = (out.consents ?? []).filter((c) => c.subject === 'teen');
    assert.ok(teenConsents.length > 0);
    const granted = (out.consents ?? []).find((c) => c.id === 'c-social-teen')!;
    assert.equal(granted.grantedBy, 'teen');
  });

  test('the output is a valid document, and redacting it again changes nothing', () => {
    const viewers: Viewer[] = [pro('sw'), pro('teacher'), pro('nurse'), pro('doctor'), org('social'), org('clinic'), member('mum'), member('dad'), member('kid'), member('teen'), member('gran'), pro('nobody')];
    for (const viewer of viewers) {
      const once = redact(consentFamily(), viewer);
      const result = validate(once);
      assert.ok(result.ok, `${JSON.stringify(viewer)}: ${JSON.stringify(!result.ok && result.errors)}`);
      assert.deepEqual(redact(once, viewer), once, `idempotent for ${JSON.stringify(viewer)}`);
    }
  });

  test('redact does not change its input', () => {
    const doc = consentFamily();
    redact(doc, pro('sw'));
    assert.equal(JSON.stringify(doc), all);
  });
});
