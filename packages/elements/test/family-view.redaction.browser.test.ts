/**
 * Nothing `redact` removed reaches the viewer: for every viewer of every sample family —
 * the admin, each professional, each organisation, each member and one the family does
 * not know — the genogram (consent overlay on, every member clicked), the consent view
 * and a member's own panel, the timeline (every bar and marker focused, for its detail
 * card, and clicked), the network and overview, and the drawings' tables (every name in
 * them pressed) are scanned, with the console, the events, the `data` getter
 * and every property of the element, after the admin saw the family in the same element.
 * One test per family and viewer: each is a whole scan.
 * The same over random viewers of the samples and of synthetic families (fast-check) is in
 * family-view.redaction-random.browser.test.ts.
 */
import { expect } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import { describe, failOnConsoleWarnings, it } from './helpers.js';
import { emptyElement, everythingShown, forbiddenStrings, leaks, samples, validDocument, viewersOf } from './privacy-scan.js';

describe('<family-view> shows nothing that redaction removed', () => {
  failOnConsoleWarnings();

  for (const { name, input, doc } of samples) {
    for (const { label, viewer } of viewersOf(doc)) {
      it(`${name}, ${label}: every view`, async function () {
        this.timeout(30000);
        // Shown whole to the admin first: nothing of that may linger once the viewer changes.
        const el = await emptyElement();
        el.viewer = { kind: 'admin' };
        el.data = input;
        await el.updateComplete;
        const seen = await everythingShown(el, viewer);
        expect(leaks(seen, forbiddenStrings(doc, viewer)), `${name}, ${label}`).to.deep.equal([]);
      });
    }
  }

  describe('custody dispute', () => {
    const doc = validDocument(fixtures.custodyDispute);
    const byId = (id: string) => doc.members.find((m) => m.id === id)!;

    it('the father, denied the children, sees none of them, nor their shelter or addresses', async () => {
      const el = await emptyElement();
      el.data = fixtures.custodyDispute;
      const seen = await everythingShown(el, { kind: 'member', member: 'm-janne' });
      const children = ['m-emilia', 'm-onni', 'm-venla'].flatMap((id) => [id, byId(id).name]);
      const shelter = doc.services!.find((s) => s.id === 's-shelter')!;
      const denials = ['r-emilia-father', 'r-onni-father', 'r-venla-father', 'r-hanna-contact-court'];
      expect(leaks(seen, [...children, shelter.id, shelter.name, byId('m-hanna').address!, ...denials])).to.deep.equal([]);
      expect(leaks(seen, [byId('m-janne').name]), 'he sees himself').to.have.length(1);
    });

    it('a professional sees no address or phone of a member under non-disclosure (turvakielto)', async () => {
      const el = await emptyElement();
      el.data = fixtures.custodyDispute;
      const seen = await everythingShown(el, { kind: 'professional', professional: 'pr-kirsi' });
      const hanna = byId('m-hanna');
      expect(leaks(seen, [hanna.name]), 'Hanna is shown to her social worker').to.have.length(1);
      const nonDisclosed = doc.members.filter((m) => m.nonDisclosure === true);
      expect(nonDisclosed.length).to.be.greaterThan(1);
      const details = nonDisclosed.flatMap((m) => [m.address, m.phone, m.email]).filter((d): d is string => d !== undefined);
      expect(leaks(seen, details)).to.deep.equal([]);
    });

    it('a member viewer never sees sensitive services, their own included', async () => {
      const sensitive = doc.services!.filter((s) => s.sensitive === true);
      expect(sensitive.length).to.be.greaterThan(1);
      // "Violence intervention programme" names an organisation too, which a restriction may show.
      const organizations = new Set((doc.organizations ?? []).map((o) => o.name));
      const hidden = sensitive.flatMap((s) => (organizations.has(s.name) ? [s.id] : [s.id, s.name]));
      const el = await emptyElement();
      el.data = fixtures.custodyDispute;
      for (const member of ['m-hanna', 'm-emilia', 'm-onni', 'm-ritva']) {
        expect(leaks(await everythingShown(el, { kind: 'member', member }), hidden), member).to.deep.equal([]);
      }
    });
  });
});
