/**
 * The consent view models as plain data: states at a date, the consent table's rows, the
 * member's "Who can see my information" and the overlay's reasons. DOM-free.
 */
import { expect } from '@open-wc/testing';
import { parsePartialDate, redact, validate, type FamilyDocument, type ParsedPartialDate, type Viewer } from '@family-view/core';
import { buildConsentModel } from '../src/consent/consent-model.js';
import { consentState, restrictionState } from '../src/consent/consent-state.js';
import { buildMyInformation } from '../src/consent/my-information.js';
import { buildSharingOverlay } from '../src/consent/sharing-overlay.js';
import { consentFamily } from './consent-documents.js';
import { describe, failOnConsoleWarnings, it } from './helpers.js';

const day = (iso: string): ParsedPartialDate => parsePartialDate(iso)!;
const asOf = day('2025-03-01');

function shownTo(viewer: Viewer): FamilyDocument {
  return redact(consentFamily, viewer);
}

describe('consent models', () => {
  failOnConsoleWarnings();

  it('the test family is a valid document', () => {
    expect(validate(consentFamily).ok).to.equal(true);
  });

  describe('states at the document date', () => {
    it('tells active, expiring (within 30 days), not started, expired and revoked consents apart', () => {
      const active = { status: 'active' } as const;
      expect(consentState(active, asOf)).to.equal('active');
      expect(consentState({ ...active, period: { end: '2025-03-31' } }, asOf)).to.equal('expiring'); // 30 days
      expect(consentState({ ...active, period: { end: '2025-04-01' } }, asOf)).to.equal('active'); // 31 days
      expect(consentState({ ...active, period: { end: '2025-03-01' } }, asOf)).to.equal('expiring'); // its last day
      expect(consentState({ ...active, period: { end: '2025-02-28' } }, asOf)).to.equal('expired');
      expect(consentState({ ...active, period: { start: '2025-03-02' } }, asOf)).to.equal('pending');
      expect(consentState({ status: 'revoked', period: { end: '2030' } }, asOf)).to.equal('revoked');
    });

    it('judges partial dates as the consent rules do: a permit must hold on every day, a deny on any', () => {
      // "2025-03" ends some day in March: at 2025-03-15 the consent may already be over.
      expect(consentState({ status: 'active', period: { end: '2025-03' } }, day('2025-03-15'))).to.equal('expired');
      expect(consentState({ status: 'active', period: { start: '2025' } }, asOf)).to.equal('pending');
      expect(restrictionState({ period: { start: '2025' } }, asOf)).to.equal('active');
      expect(restrictionState({ period: { end: '2025-02' } }, asOf)).to.equal('expired');
      expect(restrictionState({ period: { start: '2025-04' } }, asOf)).to.equal('pending');
    });
  });

  describe('the consent table', () => {
    it('lists, per member and scope, the consents and restrictions that cover it, in force first', () => {
      const model = buildConsentModel(shownTo({ kind: 'professional', professional: 'pr-aino' }));
      expect(model.asOf).to.equal('2025-03-01');
      const anna = model.members.find((m) => m.memberId === 'anna')!;
      expect(anna.name).to.equal('Anna Aalto');
      expect(anna.scopes.map((s) => s.scope)).to.deep.equal(['identity', 'relations', 'services', 'events', 'goals', 'notes', 'contact']);
      const entries = (scope: string) => anna.scopes.find((s) => s.scope === scope)!.entries;
      const ids = (scope: string) => entries(scope).map((e) => (e.kind === 'consent' ? e.consentId : e.restrictionId));
      expect(ids('identity')).to.deep.equal(['cs-active', 'cs-school-name', 'cs-expiring']);
      expect(ids('services')).to.deep.equal(['cs-active', 'cs-expired']);
      expect(ids('goals')).to.deep.equal(['cs-revoked']);
      expect(ids('events')).to.deep.equal(['cs-pending']);
      expect(ids('contact')).to.deep.equal(['r-anna-school']);
      expect(ids('relations')).to.deep.equal(['cs-active']);
      const states = Object.fromEntries(
        anna.scopes.flatMap((s) => s.entries).flatMap((e) => (e.kind === 'consent' ? [[e.consentId, e.state]] : [])),
      );
      expect(states).to.deep.equal({
        'cs-active': 'active',
        'cs-school-name': 'active',
        'cs-expiring': 'expiring',
        'cs-expired': 'expired',
        'cs-revoked': 'revoked',
        'cs-pending': 'pending',
      });
      const restriction = entries('contact')[0]!;
      expect(restriction).to.deep.include({ kind: 'restriction', reason: 'safety', state: 'active' });
      expect(restriction.audience).to.deep.equal([{ kind: 'organization', name: 'Hill school' }]);
      expect(entries('identity')[2]!.audience).to.deep.equal([
        { kind: 'professional', name: 'Aino Worker', title: 'Social worker', organization: 'Social office' },
      ]);
    });

    it('names who gave a consent for someone else, and never a hidden member', () => {
      // Hill school sees Cleo by the consent Anna gave; Anna is shown to it too (her name only).
      const school = buildConsentModel(shownTo({ kind: 'organization', organization: 'o-school' }));
      const cleo = school.members.find((m) => m.memberId === 'cleo')!;
      const consent = cleo.scopes.find((s) => s.scope === 'identity')!.entries[0]!;
      expect(consent).to.deep.include({ kind: 'consent', consentId: 'cs-cleo', grantedBy: { kind: 'member', name: 'Anna Aalto' } });
    });

    it('never holds a restriction that denies the viewer (redaction left it out)', () => {
      const school = JSON.stringify(buildConsentModel(shownTo({ kind: 'organization', organization: 'o-school' })));
      expect(school).to.not.include('r-anna-school');
      const bert = JSON.stringify(buildConsentModel(shownTo({ kind: 'member', member: 'bert' })));
      expect(bert).to.not.include('r-cleo-bert');
      expect(bert).to.not.include('Cleo');
    });

    it('leaves placeholders out', () => {
      const model = buildConsentModel(shownTo({ kind: 'member', member: 'cleo' }));
      expect(model.members.map((m) => m.memberId)).to.deep.equal(['cleo']);
    });
  });

  describe('who can see my information', () => {
    it('says who may see each scope, until when, and what protects it', () => {
      const mine = buildMyInformation(shownTo({ kind: 'member', member: 'anna' }), 'anna')!;
      expect(mine.name).to.equal('Anna Aalto');
      const scope = (name: string) => mine.scopes.find((s) => s.scope === name)!;
      // In force only: the expired, revoked and not yet started consents do not let anyone see.
      expect(scope('identity').consents.map((c) => c.consentId)).to.deep.equal(['cs-active', 'cs-expiring', 'cs-school-name']);
      expect(scope('identity').consents[1]).to.deep.include({ until: '2025-03-20', state: 'expiring' });
      expect(scope('services').consents.map((c) => c.consentId)).to.deep.equal(['cs-active']);
      expect(scope('goals').consents).to.deep.equal([]);
      expect(scope('events').consents).to.deep.equal([]);
      expect(scope('contact').restrictions).to.deep.equal([
        { restrictionId: 'r-anna-school', audience: [{ kind: 'organization', name: 'Hill school' }], reason: 'safety' },
      ]);
      expect(scope('identity').providersSee).to.equal(true);
      expect(scope('notes').providersSee).to.equal(false);
      expect(scope('identity').guardiansSee, 'an adult has no guardian').to.equal(false);
      expect(scope('contact').nonDisclosure).to.equal(false);
    });

    it("counts a child's guardian shown only as a placeholder, without naming them", () => {
      const mine = buildMyInformation(shownTo({ kind: 'member', member: 'cleo' }), 'cleo')!;
      for (const scope of mine.scopes) {
        expect(scope.guardiansSee, scope.scope).to.equal(true);
        expect(scope.guardians).to.deep.equal([]);
      }
      expect(JSON.stringify(mine)).to.not.include('Anna');
      expect(JSON.stringify(mine)).to.not.include('Bert');
    });

    it('names the organisations providing shown services, and a non-disclosed address reaches nobody else', () => {
      const doc: FamilyDocument = {
        ...consentFamily,
        members: consentFamily.members.map((m) => (m.id === 'bert' ? { ...m, nonDisclosure: true } : m)),
        consents: [{ id: 'cs-bert', subject: 'bert', grantedBy: 'bert', to: { organizations: ['o-school'] }, scope: ['contact', 'identity'], status: 'active' }],
      };
      const mine = buildMyInformation(redact(doc, { kind: 'member', member: 'bert' }), 'bert')!;
      const contact = mine.scopes.find((s) => s.scope === 'contact')!;
      expect(contact.nonDisclosure).to.equal(true);
      expect(contact.consents, 'turvakielto beats the consent').to.deep.equal([]);
      expect(mine.scopes.find((s) => s.scope === 'identity')!.providers).to.deep.equal(['Social office']);
      expect(mine.scopes.find((s) => s.scope === 'identity')!.consents.map((c) => c.consentId)).to.deep.equal(['cs-bert']);
    });

    it('is undefined for someone not shown', () => {
      expect(buildMyInformation(shownTo({ kind: 'member', member: 'bert' }), 'cleo')).to.equal(undefined);
    });
  });

  describe('the consent overlay', () => {
    const overlayFor = (viewer: Viewer) => buildSharingOverlay(consentFamily, redact(consentFamily, viewer), viewer);

    it('explains each shared scope from the redacted copy, and hides why the rest is hidden', () => {
      const overlay = overlayFor({ kind: 'organization', organization: 'o-school' });
      const anna = overlay.get('anna')!;
      expect(anna.find((s) => s.scope === 'identity')).to.deep.equal({
        scope: 'identity',
        shared: true,
        reason: { kind: 'consent', consentId: 'cs-school-name', audience: [{ kind: 'organization', name: 'Hill school' }] },
      });
      // Denied by r-anna-school: only "not shared".
      expect(anna.find((s) => s.scope === 'contact')).to.deep.equal({ scope: 'contact', shared: false, reason: { kind: 'not-shared' } });
      expect(JSON.stringify([...overlay])).to.not.include('r-anna-school');
    });

    it('knows self, guardians, own services and the admin', () => {
      const mother = overlayFor({ kind: 'member', member: 'anna' });
      expect(mother.get('anna')!.every((s) => s.shared && s.reason.kind === 'self')).to.equal(true);
      expect(mother.get('cleo')!.find((s) => s.scope === 'identity')!.reason).to.deep.equal({ kind: 'guardian' });
      const office = overlayFor({ kind: 'organization', organization: 'o-social' });
      expect(office.get('bert')!.find((s) => s.scope === 'identity')!.reason).to.deep.equal({ kind: 'own-service', service: 'Debt counselling' });
      expect(office.get('bert')!.find((s) => s.scope === 'contact')!.shared).to.equal(false);
      const admin = overlayFor({ kind: 'admin' });
      expect([...admin.values()].flat().every((s) => s.reason.kind === 'admin')).to.equal(true);
    });

    it('marks every scope of a placeholder not shared', () => {
      const overlay = overlayFor({ kind: 'member', member: 'cleo' });
      const placeholders = redact(consentFamily, { kind: 'member', member: 'cleo' }).members.filter((m) => m.placeholder);
      // Cleo's parent who links her to a sibling, and Bert, whom the court order protecting
      // her names: both anonymous.
      expect(placeholders).to.have.length(2);
      for (const p of placeholders) expect(overlay.get(p.id)!.every((s) => !s.shared && s.reason.kind === 'not-shared')).to.equal(true);
    });
  });
});
