/**
 * Nothing `redact` removed reaches the viewer: for every viewer of every sample family —
 * the admin, each professional, each organisation, each member and one the family does
 * not know — the genogram (consent overlay on, every member clicked), the consent view
 * and a member's own panel, the timeline (every bar and marker focused, for its detail
 * card, and clicked), the network and overview, and the drawings' tables (every name in
 * them pressed) are scanned, with the console, the events, the `data` getter
 * and every property of the element. Then the same over random viewers of the samples and
 * of synthetic families (fast-check).
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { FamilyDocument, Viewer } from '@family-view/core';
import { fixtures } from '../../../test/fixtures/index.js';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { describe, failOnConsoleWarnings, it, renderedStrings, shadow } from './helpers.js';
import { elementStrings, forbiddenStrings, leaks, recordOutput, referencedTexts, tablesShown, validDocument, viewersOf } from './privacy-scan.js';

async function settle(el: FamilyView): Promise<void> {
  // Twice: the zoom may ask for one more update (labels shown or hidden) after the first.
  await el.updateComplete;
  await el.updateComplete;
}

/** The views after the genogram, each scanned whole, with everything in it selected once. */
const OTHER_VIEWS = ['consent', 'timeline', 'network', 'overview'] as const;
const SELECTABLE = '[data-professional-id], [data-event-id], [data-goal-id], [data-service-id]';

/** Shows `doc` to `viewer` in every view and returns every string that left the element. */
async function everythingShown(el: FamilyView, viewer: Viewer): Promise<string[]> {
  const output = recordOutput();
  try {
    const seen: string[] = [];
    el.viewer = viewer;
    el.setAttribute('view', 'genogram');
    await settle(el);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="consent-toggle"]');
    if (toggle && toggle.getAttribute('aria-pressed') !== 'true') {
      toggle.click();
      await settle(el);
    }
    seen.push(...elementStrings(el));
    // Every member node: each click fires fv-select, and focus moves the details panel.
    for (const node of shadow(el).querySelectorAll<SVGGElement>('[part~="member"]')) {
      node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      node.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      await el.updateComplete;
      seen.push(...renderedStrings(shadow(el)), ...referencedTexts(shadow(el)));
    }
    for (const view of OTHER_VIEWS) {
      el.setAttribute('view', view);
      await settle(el);
      seen.push(...elementStrings(el));
      // Select everything selectable: each fires fv-select, and may open details.
      for (const node of shadow(el).querySelectorAll<HTMLElement>(SELECTABLE)) {
        // Focus first: the timeline's detail card shows the focused bar or marker.
        node.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        await el.updateComplete;
        seen.push(...renderedStrings(shadow(el)));
        node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        seen.push(...renderedStrings(shadow(el)), ...referencedTexts(shadow(el)));
      }
      // The timeline's and the overview's drawings as tables (the overview's at the document's date).
      if (view === 'timeline' || view === 'overview') for (const text of await tablesShown(el)) seen.push(text);
    }
    seen.push(...output.logged, ...output.details);
    return seen;
  } finally {
    output.stop();
  }
}

async function emptyElement(): Promise<FamilyView> {
  return fixture<FamilyView>(html`<family-view view="genogram"></family-view>`);
}

const samples = Object.entries(fixtures).map(([name, input]) => ({ name, input, doc: validDocument(input) }));

describe('<family-view> shows nothing that redaction removed', () => {
  failOnConsoleWarnings();

  for (const { name, input, doc } of samples) {
    it(`${name}: every viewer, every view`, async function () {
      this.timeout(60000);
      const el = await emptyElement();
      el.data = input;
      let checked = 0;
      for (const { label, viewer } of viewersOf(doc)) {
        const forbidden = forbiddenStrings(doc, viewer);
        const seen = await everythingShown(el, viewer);
        expect(leaks(seen, forbidden), `${name}, ${label}`).to.deep.equal([]);
        checked++;
      }
      expect(checked).to.equal(viewersOf(doc).length);
    });
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

  describe('property: random viewers of sample and synthetic families', () => {
    const synthetic = [syntheticFamily(24, 7), syntheticFamily(45, 11), syntheticFamily(60, 23)].map((input, i) => ({
      name: `synthetic ${i}`,
      input: input as unknown,
      doc: validDocument(input),
    }));
    const families = [...samples, ...synthetic];

    /** A viewer of `doc` picked by `kind` and `pick`: any member, professional or organisation, or a stranger. */
    function pickViewer(doc: FamilyDocument, kind: Viewer['kind'] | 'unknown', pick: number): Viewer {
      const choose = <T>(list: readonly T[] | undefined): T | undefined => (list && list.length > 0 ? list[pick % list.length] : undefined);
      switch (kind) {
        case 'admin':
          return { kind: 'admin' };
        case 'member':
          return { kind: 'member', member: choose(doc.members)?.id ?? 'nobody' };
        case 'professional':
          return { kind: 'professional', professional: choose(doc.professionals)?.id ?? 'nobody' };
        case 'organization':
          return { kind: 'organization', organization: choose(doc.organizations)?.id ?? 'nobody' };
        case 'unknown':
          return { kind: 'member', member: `stranger-${pick}` };
      }
    }

    it('never shows a string redaction removed (genogram with overlay, consent view)', async function () {
      this.timeout(120000);
      const el = await emptyElement();
      let shownFamily: unknown;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: families.length - 1 }),
          fc.constantFrom<Viewer['kind'] | 'unknown'>('member', 'member', 'professional', 'organization', 'unknown', 'admin'),
          fc.nat(),
          async (familyIndex, kind, pick) => {
            const family = families[familyIndex]!;
            if (shownFamily !== family.input) {
              el.data = family.input;
              shownFamily = family.input;
            }
            const viewer = pickViewer(family.doc, kind, pick);
            const seen = await everythingShown(el, viewer);
            expect(leaks(seen, forbiddenStrings(family.doc, viewer)), `${family.name}, ${JSON.stringify(viewer)}`).to.deep.equal([]);
          },
        ),
        { numRuns: 25, verbose: 1 },
      );
    });
  });
});
