import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { explain } from '../src/consent/explain.js';
import { redact } from '../src/consent/redact.js';
import { ALL_SCOPES } from '../src/consent/access.js';
import type { FamilyDocument } from '../src/types.generated.js';
import { validate } from '../src/validate/index.js';
import type { Viewer } from '../src/viewer.js';
import { fixtures } from '../../../test/fixtures/index.js';

const pro = (professional: string): Viewer => ({ kind: 'professional', professional });
const member = (id: string): Viewer => ({ kind: 'member', member: id });
const org = (organization: string): Viewer => ({ kind: 'organization', organization });
const ids = (items: ReadonlyArray<{ id: string }> | undefined) => (items ?? []).map((i) => i.id).sort();

/**
 * Mum (the member viewer) and her son, with a network in which some parties are known to
 * her only through sensitive work: the IPV unit (sensitive service, its counsellor, and a
 * colleague who backs up the social worker), a shelter seen only at a sensitive event, the
 * police (sensitive investigation, but the officer also came to a shown court hearing), a
 * clinic with one sensitive and one ordinary service, and a counselling unit whose worker
 * is also assigned a task of a shown goal.
 */
function sensitiveFamily(): FamilyDocument {
  return {
    schemaVersion: '1.0',
    asOf: '2025-03-01',
    members: [
      { id: 'mum', name: 'Maija Viewer', gender: 'female', birthDate: '1988-01-01' },
      { id: 'son', name: 'Sulo Viewer', gender: 'male', birthDate: '2015-05-05' },
      { id: 'dad', name: 'Dan Hidden', gender: 'male', birthDate: '1985' },
    ],
    parentage: [
      { id: 'mum-son', parent: 'mum', child: 'son', kind: 'biological' },
      { id: 'dad-son', parent: 'dad', child: 'son', kind: 'biological' },
    ],
    organizations: [
      { id: 'social', name: 'Family social work', sector: 'social' },
      { id: 'ipv', name: 'Violence support unit', sector: 'social' },
      { id: 'shelter', name: 'Safe house', sector: 'ngo' },
      { id: 'police', name: 'Local police', sector: 'police' },
      { id: 'clinic', name: 'Health clinic', sector: 'health' },
      { id: 'counsel', name: 'Counselling unit', sector: 'social' },
    ],
    professionals: [
      { id: 'sw', name: 'Sanna Social', organization: 'social' },
      { id: 'ipvc', name: 'Iida Counsellor', organization: 'ipv', title: 'IPV counsellor' },
      { id: 'ipv2', name: 'Ilona Colleague', organization: 'ipv' },
      { id: 'safe', name: 'Saara Safehouse', organization: 'shelter' },
      { id: 'officer', name: 'Olli Officer', organization: 'police' },
      { id: 'nurse', name: 'Nelli Nurse', organization: 'clinic' },
      { id: 'addiction', name: 'Aino Addiction', organization: 'clinic' },
      { id: 'counsellor', name: 'Kaisa Counsel', organization: 'counsel' },
    ],
    services: [
      { id: 's-social', name: 'Family work', organization: 'social', members: ['mum', 'son'], responsible: 'sw', status: 'active', periods: [{ start: '2024' }] },
      { id: 's-ipv', name: 'IPV support', organization: 'ipv', members: ['mum'], responsible: 'ipvc', status: 'active', periods: [{ start: '2024' }], sensitive: true },
      { id: 's-police', name: 'Investigation', organization: 'police', members: ['mum'], responsible: 'officer', status: 'ended', periods: [{ start: '2024', end: '2024' }], sensitive: true },
      { id: 's-clinic', name: 'Child health', organization: 'clinic', members: ['son'], responsible: 'nurse', status: 'active', periods: [{ start: '2015' }] },
      { id: 's-addiction', name: 'Substance use care', organization: 'clinic', members: ['mum'], responsible: 'addiction', status: 'active', periods: [{ start: '2024' }], sensitive: true },
      { id: 's-counsel', name: 'Crisis counselling', organization: 'counsel', members: ['mum'], responsible: 'counsellor', status: 'active', periods: [{ start: '2024' }], sensitive: true },
    ],
    coordinators: [
      { id: 'c-social', professional: 'sw', backup: 'ipv2', members: ['son'] },
      { id: 'c-ipv', professional: 'ipvc', members: ['mum'] },
    ],
    events: [
      { id: 'e-arrival', kind: 'contact', title: 'Arrival', start: '2024-02-01', status: 'done', members: ['mum'], professionals: ['safe'], sensitive: true },
      { id: 'e-ipv-meeting', kind: 'meeting', title: 'Support meeting', start: '2024-03-01', status: 'done', members: ['mum'], professionals: ['ipvc', 'sw'], services: ['s-ipv'] },
      { id: 'e-hearing', kind: 'decision', title: 'Hearing', start: '2024-06-01', status: 'done', members: ['mum'], professionals: ['officer'] },
    ],
    goals: [
      {
        id: 'g-calm',
        text: 'Calm evenings',
        members: ['mum', 'son'],
        owner: { professional: 'sw' },
        status: 'open',
        tasks: [{ text: 'Evening routine', done: false, assignee: { professional: 'counsellor' } }],
      },
    ],
    notes: [{ id: 'n-sw', author: { professional: 'sw' }, about: ['son'], date: '2025-01-01', text: 'Doing well', kind: 'note' }],
    consents: [
      { id: 'c-network', subject: 'mum', grantedBy: 'mum', to: { organizations: ['social', 'ipv'] }, scope: ['identity', 'relations', 'services', 'events', 'goals', 'notes'], status: 'active' },
      { id: 'c-ipv-only', subject: 'mum', grantedBy: 'mum', to: { organizations: ['ipv'], professionals: ['ipvc'] }, scope: ['contact'], status: 'active' },
      { id: 'c-safe-house', subject: 'son', grantedBy: 'mum', to: { organizations: ['shelter'] }, scope: ['identity'], status: 'active' },
      { id: 'c-police', subject: 'mum', grantedBy: 'mum', to: { organizations: ['police'] }, scope: ['identity'], status: 'active' },
    ],
    restrictions: [
      { id: 'r-son-dad', subject: 'son', deny: { members: ['dad'], organizations: ['shelter'] }, scope: ['all'], reason: 'safety', decidedBy: 'ipvc' },
      { id: 'r-ipv2', subject: 'mum', deny: { professionals: ['ipv2'] }, scope: ['notes'], reason: 'other' },
    ],
  };
}

const custody = fixtures.custodyDispute as unknown as FamilyDocument;

describe('redact: parties known only through sensitive work stay out of a member’s view', () => {
  // [what, document, viewer, text searched in JSON.stringify(output), expected to appear]
  const rows: Array<[string, () => FamilyDocument, Viewer, string, boolean]> = [
    ['the sensitive service’s counsellor is gone', sensitiveFamily, member('mum'), 'Iida Counsellor', false],
    ['…and her id, from coordinators and audiences too', sensitiveFamily, member('mum'), '"ipvc"', false],
    ['the sensitive service’s organisation is gone', sensitiveFamily, member('mum'), '"ipv"', false],
    ['a colleague there, named only as a backup, is gone', sensitiveFamily, member('mum'), '"ipv2"', false],
    ['a shelter seen only at a sensitive event is gone, worker and all', sensitiveFamily, member('mum'), 'Safe house', false],
    ['…even from a restriction protecting her son', sensitiveFamily, member('mum'), '"shelter"', false],
    ['a sensitive worker of an organisation she otherwise knows is gone', sensitiveFamily, member('mum'), 'Aino Addiction', false],
    ['…while that organisation stays, known from a shown service', sensitiveFamily, member('mum'), 'Health clinic', true],
    ['an officer she met at a shown hearing stays', sensitiveFamily, member('mum'), 'Olli Officer', true],
    ['…and so does the officer’s organisation', sensitiveFamily, member('mum'), 'Local police', true],
    ['a worker assigned a task of a shown goal stays', sensitiveFamily, member('mum'), 'Kaisa Counsel', true],
    ['the social worker at the hidden sensitive event stays, known from her shown service', sensitiveFamily, member('mum'), 'Sanna Social', true],
    ['the counsellor sees herself and her unit', sensitiveFamily, pro('ipvc'), 'Violence support unit', true],
    ['a professional whom consent lets see the service still sees its counsellor', sensitiveFamily, pro('sw'), 'Iida Counsellor', true],
    ['…and so does an organisation viewer', sensitiveFamily, org('social'), '"ipvc"', true],
    ['the admin sees the shelter', sensitiveFamily, { kind: 'admin' }, 'Safe house', true],
    ['custody dispute: the mother’s view has no IPV counsellor', () => custody, member('m-hanna'), 'Heidi Aaltonen', false],
    ['…nor the IPV unit', () => custody, member('m-hanna'), 'Intimate partner violence support unit', false],
    ['…nor the shelter or its worker', () => custody, member('m-hanna'), 'Riikka', false],
    ['…nor the police, known only from the sensitive investigation', () => custody, member('m-hanna'), '"o-police"', false],
    ['…nor the father’s violence programme, denied in her own restriction', () => custody, member('m-hanna'), '"o-perpetrator"', false],
    ['…while her child welfare worker stays', () => custody, member('m-hanna'), 'Kirsi Lehtinen', true],
    ['custody dispute: the father’s view has no programme counsellor', () => custody, member('m-janne'), 'Timo Järvinen', false],
    ['…nor the programme, named in his own consent', () => custody, member('m-janne'), 'Violence intervention programme', false],
    ['custody dispute: the IPV counsellor sees herself and her unit', () => custody, pro('pr-heidi'), 'Intimate partner violence support unit', true],
    ['custody dispute: the mother’s lawyer, with consent, sees the IPV counsellor', () => custody, pro('pr-petri'), 'Heidi Aaltonen', true],
  ];
  for (const [what, doc, viewer, text, appears] of rows) {
    test(what, () => {
      const out = JSON.stringify(redact(doc(), viewer));
      assert.equal(out.includes(text), appears, `${text} ${appears ? 'should' : 'should not'} appear for ${JSON.stringify(viewer)}`);
    });
  }
});

describe('redact: how the records that named a hidden party change', () => {
  const mumView = () => redact(sensitiveFamily(), member('mum'));

  test('a coordinator record of a hidden professional is dropped; a hidden backup only loses the field', () => {
    const out = mumView();
    assert.deepEqual(ids(out.coordinators), ['c-social'], 'only the social worker’s record');
    const social = out.coordinators!.find((c) => c.id === 'c-social')!;
    assert.equal(social.professional, 'sw', 'the coordinator herself stays');
    assert.ok(!('backup' in social), 'the hidden backup is gone');
  });

  test('audiences lose hidden parties; a record left with nobody is dropped', () => {
    const out = mumView();
    const network = out.consents?.find((c) => c.id === 'c-network');
    assert.deepEqual(network?.to, { organizations: ['social'] }, 'the IPV unit leaves the consent');
    assert.ok(!ids(out.consents).includes('c-ipv-only'), 'a consent only to hidden parties is dropped');
    assert.ok(!ids(out.consents).includes('c-safe-house'), 'a consent only to the shelter is dropped');
    assert.ok(ids(out.consents).includes('c-police'), 'the police is known from the hearing: its consent stays');
    assert.ok(!ids(out.restrictions).includes('r-ipv2'), 'a restriction only against a hidden professional is dropped');
  });

  test('a restriction keeps its other parties but loses a hidden organisation and decidedBy', () => {
    const restriction = mumView().restrictions?.find((r) => r.id === 'r-son-dad');
    assert.ok(restriction !== undefined, 'the restriction protecting the son is shown to his mother');
    assert.deepEqual(Object.keys(restriction.deny), ['members'], 'only the (placeholder) father is left');
    assert.ok(!('decidedBy' in restriction), 'the IPV counsellor who decided it is gone');
  });

  test('organisations and professionals of the output are those known otherwise', () => {
    const out = mumView();
    assert.deepEqual(ids(out.organizations), ['clinic', 'counsel', 'police', 'social']);
    assert.deepEqual(ids(out.professionals), ['counsellor', 'nurse', 'officer', 'sw']);
  });

  test('goals and notes keep owners, assignees and authors: naming them is what makes them known', () => {
    const out = mumView();
    const goal = out.goals?.find((g) => g.id === 'g-calm');
    assert.deepEqual(goal?.owner, { professional: 'sw' });
    assert.deepEqual(goal?.tasks?.[0]?.assignee, { professional: 'counsellor' });
    assert.deepEqual(ids(out.notes), ['n-sw']);
  });

  test('the custody-dispute mother keeps her consent to the network, without the IPV unit', () => {
    const out = redact(custody, member('m-hanna'));
    assert.deepEqual(out.consents?.find((c) => c.id === 'cs-hanna-network')?.to, { organizations: ['o-childwelfare', 'o-school'] });
    assert.deepEqual(
      out.restrictions?.find((r) => r.id === 'r-hanna-paternal-relatives')?.deny.organizations,
      undefined,
      'the violence programme leaves the restriction; the relatives stay as placeholders',
    );
    assert.ok(!ids(out.coordinators).includes('c-heidi'), 'her IPV counsellor is not shown as her coordinator');
    assert.ok(ids(out.coordinators).includes('c-kirsi'), 'the children’s coordinator stays');
  });

  test('professional and organisation viewers are unchanged: they see every party they did', () => {
    for (const viewer of [pro('sw'), org('social'), pro('ipvc')]) {
      const out = redact(sensitiveFamily(), viewer);
      const text = JSON.stringify(out);
      for (const c of out.consents ?? []) {
        const original = sensitiveFamily().consents!.find((o) => o.id === c.id)!;
        assert.deepEqual(c.to.organizations, original.to.organizations, `${c.id} for ${JSON.stringify(viewer)}`);
      }
      assert.ok(text.includes('"ipvc"'), `the IPV counsellor for ${JSON.stringify(viewer)}`);
    }
  });

  test('every member view is valid and stable, and the input is left alone', () => {
    for (const [doc, viewers] of [
      [sensitiveFamily, ['mum', 'son', 'dad']],
      [() => custody, custody.members.map((m) => m.id)],
    ] as const) {
      const before = JSON.stringify(doc());
      for (const id of viewers) {
        const input = doc();
        const once = redact(input, member(id));
        const result = validate(once);
        assert.ok(result.ok, `${id}: ${JSON.stringify(!result.ok && result.errors.slice(0, 3))}`);
        assert.deepEqual(redact(once, member(id)), once, `idempotent for ${id}`);
        assert.equal(JSON.stringify(input), before, `input unchanged for ${id}`);
      }
    }
  });

  test('explain stays consistent: a consent it gives as the reason is shown, and still names the member viewer', () => {
    for (const doc of [sensitiveFamily(), custody]) {
      for (const viewerMember of doc.members) {
        const viewer = member(viewerMember.id);
        const out = redact(doc, viewer);
        for (const shown of out.members.filter((m) => m.placeholder !== true)) {
          for (const scope of ALL_SCOPES) {
            const { reason } = explain(doc, viewer, shown.id, scope);
            if (reason.kind !== 'consent') continue;
            const consent = out.consents?.find((c) => c.id === reason.consentId);
            assert.ok(consent?.to.members?.includes(viewerMember.id) === true, `${reason.consentId} for ${viewerMember.id}`);
          }
        }
      }
    }
  });
});
