/**
 * Consent in the element: the consent view, placeholders, the consent overlay, a member's
 * own panel, and the `data` property that never gives back the unredacted document.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { redact, type Viewer } from '@family-view/core';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import type { FvSelectEvent } from '../src/events.js';
import { consentFamily } from './consent-documents.js';
import { describe, failOnConsoleWarnings, it, memberNodes, mount, shadow } from './helpers.js';
import { elementStrings, forbiddenStrings, leaks, propertyStrings, validDocument } from './privacy-scan.js';

const KIRSI: Viewer = { kind: 'professional', professional: 'pr-kirsi' };

async function show(data: unknown, viewer: Viewer, view = 'genogram'): Promise<FamilyView> {
  const el = await mount(data, viewer);
  el.setAttribute('view', view);
  await el.updateComplete;
  return el;
}

function placeholders(el: FamilyView): SVGGElement[] {
  return [...shadow(el).querySelectorAll<SVGGElement>('[part~="placeholder"]')];
}

async function toggleOverlay(el: FamilyView): Promise<HTMLButtonElement> {
  const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="consent-toggle"]')!;
  toggle.click();
  await el.updateComplete;
  return toggle;
}

describe('<family-view> consent', () => {
  failOnConsoleWarnings();

  describe('placeholders', () => {
    it('are drawn with part "member placeholder", no id, and the name "Not shared with you"', async () => {
      const shown = redact(validDocument(fixtures.custodyDispute), KIRSI);
      const expected = shown.members.filter((m) => m.placeholder === true);
      expect(expected.length).to.be.greaterThan(0);
      const el = await show(fixtures.custodyDispute, KIRSI);
      const nodes = placeholders(el);
      expect(nodes).to.have.length(expected.length);
      for (const node of nodes) {
        expect(node.getAttribute('part')).to.equal('member placeholder');
        expect(node.hasAttribute('data-member-id')).to.equal(false);
        expect(node.getAttribute('aria-label')).to.equal('Not shared with you');
        expect(node.getAttribute('role')).to.equal('img');
        expect(node.hasAttribute('tabindex'), 'not focusable').to.equal(false);
        expect(node.querySelector('text, title')).to.equal(null);
        const attributes = [node, ...node.querySelectorAll('*')].flatMap((n) => n.getAttributeNames().map((a) => n.getAttribute(a) ?? ''));
        expect(attributes.filter((value) => value.includes('hidden-'))).to.deep.equal([]);
      }
      expect(shadow(el).querySelector('[data-legend-key="symbol:placeholder"]')?.textContent).to.include('not shared with you');
    });

    it('are never selected, and the arrow keys skip them', async () => {
      const el = await show(fixtures.custodyDispute, KIRSI);
      let selected = 0;
      el.addEventListener('fv-select', () => selected++);
      for (const node of placeholders(el)) node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(selected).to.equal(0);

      memberNodes(el)[0]!.focus();
      for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'End', 'ArrowUp', 'Home', 'ArrowDown', 'ArrowDown']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(shadow(el).activeElement?.hasAttribute('data-member-id'), key).to.equal(true);
      }
    });
  });

  describe('the consent overlay', () => {
    it('toggles with aria-pressed and marks every scope of every member shown', async () => {
      const el = await show(fixtures.custodyDispute, KIRSI);
      expect(shadow(el).querySelector('.sharing')).to.equal(null);
      const toggle = await toggleOverlay(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const nodes = shadow(el).querySelectorAll('[part~="member"]');
      expect(shadow(el).querySelectorAll('.sharing-scope')).to.have.length(nodes.length * 7);
      for (const node of placeholders(el)) {
        expect([...node.querySelectorAll('.sharing-scope')].every((s) => s.getAttribute('data-shared') === 'false')).to.equal(true);
      }
      await toggleOverlay(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(el).querySelector('.sharing, [part="consent-details"]')).to.equal(null);
    });

    it('gives the reasons as tooltips, accessible descriptions and in the details panel', async () => {
      const el = await show(fixtures.custodyDispute, KIRSI);
      await toggleOverlay(el);
      const hanna = shadow(el).querySelector<SVGGElement>('[data-member-id="m-hanna"]')!;
      const description = shadow(el).getElementById(hanna.getAttribute('aria-describedby')!)!.textContent!;
      expect(description).to.include('Name and birthday: Shared with you by consent to Southwest Finland wellbeing services county');
      // Her address is under non-disclosure: the reason is not told.
      expect(description).to.include('Address and phone: Not shared with you');
      expect(description).to.not.match(/disclosure|turvakielto|restrict/i);
      const contact = hanna.querySelector('.sharing-scope[data-scope="contact"]')!;
      expect(contact.querySelector('title')?.textContent).to.equal('Address and phone: Not shared with you');
      expect(contact.querySelector('path')?.getAttribute('class')).to.include('sharing-badge--hidden');

      hanna.focus();
      await el.updateComplete;
      const panel = shadow(el).querySelector('[part="consent-details"]')!;
      expect(panel.querySelector('h2')?.textContent).to.include('Hanna Ahonen');
      const lines = [...panel.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(lines).to.have.length(7);
      expect(lines[6]).to.equal('□ Address and phone: Not shared with you');
      expect(lines[0]).to.match(/^■ Name and birthday: Shared with you by consent to /);
    });

    it('says "This is you", "You are their guardian" and "Your organisation provides their service …"', async () => {
      const mother = await show(consentFamily, { kind: 'member', member: 'anna' });
      await toggleOverlay(mother);
      const describedBy = (el: FamilyView, id: string) =>
        shadow(el).getElementById(shadow(el).querySelector(`[data-member-id="${id}"]`)!.getAttribute('aria-describedby')!)!.textContent!;
      expect(describedBy(mother, 'anna')).to.include('Name and birthday: This is you');
      expect(describedBy(mother, 'cleo')).to.include('Family relations: You are their guardian');
      const office = await show(consentFamily, { kind: 'organization', organization: 'o-social' });
      await toggleOverlay(office);
      expect(describedBy(office, 'bert')).to.include('Name and birthday: Your organisation provides their service Debt counselling');
      const admin = await show(consentFamily, { kind: 'admin' });
      await toggleOverlay(admin);
      expect(describedBy(admin, 'bert')).to.include('Notes: Administrator view');
    });

    it('never tells a viewer about the restriction that denies them', async () => {
      const el = await show(consentFamily, { kind: 'organization', organization: 'o-school' });
      await toggleOverlay(el);
      for (const node of memberNodes(el)) {
        node.focus();
        await el.updateComplete;
        expect(leaks(elementStrings(el), ['r-anna-school', 'Secret Street 1'])).to.deep.equal([]);
      }
    });
  });

  describe('the consent view', () => {
    it('is a table per member with a caption, column and row-group headers', async () => {
      const el = await show(consentFamily, { kind: 'professional', professional: 'pr-aino' }, 'consent');
      expect(shadow(el).querySelector('[part="base"]')?.getAttribute('data-view')).to.equal('consent');
      expect(shadow(el).querySelector('svg.genogram')).to.equal(null);
      const tables = [...shadow(el).querySelectorAll('table[part="consent-table"]')];
      const shown = redact(consentFamily, { kind: 'professional', professional: 'pr-aino' }).members.filter((m) => !m.placeholder);
      expect(tables.map((t) => t.querySelector('caption')?.textContent?.trim())).to.deep.equal(shown.map((m) => m.name));
      const anna = tables.find((t) => t.getAttribute('data-subject-id') === 'anna')!;
      expect([...anna.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).to.deep.equal([
        ['col', 'Information'],
        ['col', 'Who may see it'],
        ['col', 'Period'],
        ['col', 'State'],
      ]);
      const groups = [...anna.querySelectorAll('tbody')];
      expect(groups.map((g) => g.getAttribute('data-scope'))).to.deep.equal(['identity', 'relations', 'services', 'events', 'goals', 'notes', 'contact']);
      for (const group of groups) {
        const header = group.querySelector('th')!;
        expect(header.getAttribute('scope')).to.equal('rowgroup');
        expect(Number(header.getAttribute('rowspan'))).to.equal(group.querySelectorAll('tr').length);
      }
    });

    it('shows each state in words and a shape: active, expiring, not started, expired, revoked', async () => {
      const el = await show(consentFamily, { kind: 'professional', professional: 'pr-aino' }, 'consent');
      const row = (id: string) => shadow(el).querySelector(`table[data-subject-id="anna"] [data-consent-id="${id}"]`)!;
      const expectations: Array<[string, string, string]> = [
        ['cs-active', 'active', 'Active'],
        ['cs-expiring', 'expiring', 'Expiring soon'],
        ['cs-pending', 'pending', 'Not started yet'],
        ['cs-expired', 'expired', 'Expired'],
        ['cs-revoked', 'revoked', 'Revoked'],
      ];
      for (const [id, state, words] of expectations) {
        const state_ = row(id).querySelector('.consent-state')!;
        expect(row(id).getAttribute('data-state'), id).to.equal(state);
        expect(state_.textContent?.trim()).to.equal(words);
        const icon = state_.querySelector('svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.getAttribute('class')).to.include(`state-icon--${state}`);
      }
      // Every shape differs: colour is never the only cue.
      const shapes = expectations.map(([id]) => row(id).querySelector('.state-icon path')!.getAttribute('d') + getComputedStyle(row(id).querySelector('.state-icon')!).fill);
      expect(new Set(shapes).size).to.equal(shapes.length);

      const expiring = row('cs-expiring');
      expect(expiring.textContent).to.include('Aino Worker (Social worker, Social office)');
      expect(expiring.textContent).to.include('January 1, 2024 – March 20, 2025');
      expect(row('cs-revoked').textContent).to.include('all schools and education');
    });

    it('shows restrictions as denials with their reason, but none that denies the viewer', async () => {
      const aino = await show(consentFamily, { kind: 'professional', professional: 'pr-aino' }, 'consent');
      const denial = shadow(aino).querySelector('[data-restriction-id="r-anna-school"]')!;
      expect(denial.textContent).to.include('Not for Hill school');
      expect(denial.textContent).to.include('Reason: Safety');
      expect(denial.querySelector('.consent-state')?.textContent?.trim()).to.equal('Denied');

      const school = await show(consentFamily, { kind: 'organization', organization: 'o-school' }, 'consent');
      expect(shadow(school).querySelector('[data-consent-id="cs-school-name"]')).to.not.equal(null);
      // Booleans, not elements: chai formatting a whole element for a failure blocks the page.
      expect(shadow(school).querySelector('[data-restriction-id="r-anna-school"]') === null, 'never shown to the party it denies').to.equal(true);

      const father = await show(fixtures.custodyDispute, { kind: 'member', member: 'm-janne' }, 'consent');
      const custody = validDocument(fixtures.custodyDispute);
      for (const r of custody.restrictions!.filter((r) => r.deny.members?.includes('m-janne'))) {
        expect(shadow(father).querySelector(`[data-restriction-id="${r.id}"]`), r.id).to.equal(null);
      }
      expect(shadow(father).querySelector('[data-consent-id="cs-janne"]')).to.not.equal(null);
    });

    it('marks every consent and restriction of the redacted document with its id', async () => {
      const el = await show(fixtures.custodyDispute, KIRSI, 'consent');
      const shown = redact(validDocument(fixtures.custodyDispute), KIRSI);
      const ids = (attribute: string) => new Set([...shadow(el).querySelectorAll(`[${attribute}]`)].map((n) => n.getAttribute(attribute)));
      expect([...ids('data-consent-id')].sort()).to.deep.equal(shown.consents!.map((c) => c.id).sort());
      expect([...ids('data-restriction-id')].sort()).to.deep.equal(shown.restrictions!.map((r) => r.id).sort());
    });
  });

  describe('a member viewer (the family portal)', () => {
    it('greets in plain words and shows "Who can see my information"', async () => {
      const el = await show(consentFamily, { kind: 'member', member: 'anna' });
      const intro = shadow(el).querySelector('[part="member-intro"]')!;
      expect(intro.querySelector('h2')?.textContent).to.equal('Your family');
      expect(intro.textContent).to.include('This is what is shared with you.');
      const panel = shadow(el).querySelector('[part="my-information"]')!;
      expect(panel.querySelector('h2')?.textContent).to.equal('Who can see my information');
      const headings = [...panel.querySelectorAll('h3')].map((h) => h.textContent);
      expect(headings).to.deep.equal([
        'Your name and birthday',
        'Your family relations',
        'Your services',
        'Your meetings',
        'Your goals',
        'Your notes',
        'Your address and phone',
      ]);
      const text = (scope: string) => panel.querySelector(`[data-scope="${scope}"]`)!.textContent!.replace(/\s+/g, ' ');
      expect(text('identity')).to.include('Social office can see it.');
      expect(text('identity')).to.include('Aino Worker (Social worker, Social office) can see it until March 20, 2025. This ends soon.');
      expect(text('identity')).to.include('Organisations that provide your services see your name.');
      expect(text('contact')).to.include('Hill school cannot see it, for your safety.');
      expect(text('goals')).to.not.include('all schools and education'); // revoked
      expect(panel.querySelector('[data-consent-id="cs-expiring"]')).to.not.equal(null);
      expect(panel.querySelector('[data-restriction-id="r-anna-school"]')).to.not.equal(null);
    });

    it('shows the panel in the consent view too, and to nobody but members', async () => {
      const member = await show(consentFamily, { kind: 'member', member: 'anna' }, 'consent');
      expect(shadow(member).querySelector('[part="my-information"]')).to.not.equal(null);
      expect(shadow(member).querySelector('[part="consent"]')).to.not.equal(null);
      const professional = await show(consentFamily, { kind: 'professional', professional: 'pr-aino' });
      expect(shadow(professional).querySelector('[part="my-information"], [part="member-intro"]')).to.equal(null);
    });

    it("tells a child that a guardian can see, with the court's restriction on the father left out", async () => {
      const el = await show(fixtures.custodyDispute, { kind: 'member', member: 'm-emilia' });
      const panel = shadow(el).querySelector('[part="my-information"]')!.textContent!.replace(/\s+/g, ' ');
      expect(panel).to.include('Your guardians can see it while you are under 18.');
      expect(panel).to.not.include('Janne');
      // Emilia let her social worker read her notes.
      expect(panel).to.include('Kirsi Lehtinen (Child welfare social worker, Southwest Finland wellbeing services county – Child welfare) can see it.');
      // Her own wish protects her notes from her parents, who are not shown to her: she is
      // told it is there, not who it keeps out.
      expect(panel).to.include('because you asked');
      for (const parent of ['Hanna', 'Janne']) expect(panel.includes(parent), parent).to.equal(false);
    });
  });

  describe('the data property', () => {
    it('gives back the redacted document, frozen, never the one that was set', async () => {
      const el = await show(fixtures.custodyDispute, KIRSI);
      const shown = el.data!;
      expect(shown).to.not.equal(fixtures.custodyDispute);
      expect(shown).to.deep.equal(redact(validDocument(fixtures.custodyDispute), KIRSI));
      expect(Object.isFrozen(shown) && Object.isFrozen(shown.members[0])).to.equal(true);
      expect(el.data, 'the same object while nothing changes').to.equal(shown);

      el.viewer = { kind: 'member', member: 'm-janne' };
      expect(el.data).to.deep.equal(redact(validDocument(fixtures.custodyDispute), { kind: 'member', member: 'm-janne' }));
      el.viewer = undefined;
      expect(el.data?.members).to.deep.equal([]);
      el.data = { schemaVersion: '1.0', members: [{ id: 'x' }] };
      expect(el.data).to.equal(undefined);
    });

    it('holds no unredacted string in any property of the element', async () => {
      const doc = validDocument(fixtures.custodyDispute);
      for (const viewer of [KIRSI, { kind: 'member', member: 'm-janne' } as Viewer, { kind: 'organization', organization: 'o-school' } as Viewer]) {
        const el = await show(fixtures.custodyDispute, viewer);
        await toggleOverlay(el);
        el.setAttribute('view', 'consent');
        await el.updateComplete;
        const forbidden = forbiddenStrings(doc, viewer);
        expect(forbidden.length).to.be.greaterThan(20);
        expect(leaks(propertyStrings(el), forbidden), JSON.stringify(viewer)).to.deep.equal([]);
        // Lit's own reactive properties, by name.
        const declared = (el.constructor as unknown as { elementProperties: Map<PropertyKey, unknown> }).elementProperties;
        for (const key of declared.keys()) expect(leaks([JSON.stringify(Reflect.get(el, key)) ?? ''], forbidden), String(key)).to.deep.equal([]);
      }
    });

    it('takes a document set before the element was defined through the same accessor', async () => {
      // An element made in a document without custom elements is upgraded when adopted.
      const inert = document.implementation.createHTMLDocument('');
      const el = inert.createElement('family-view') as FamilyView;
      Reflect.set(el, 'data', fixtures.custodyDispute);
      el.setAttribute('viewer', JSON.stringify(KIRSI));
      el.setAttribute('view', 'genogram');
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.append(document.adoptNode(el));
      await (el as FamilyView).updateComplete;
      await nextFrame();
      expect(Object.hasOwn(el, 'data'), 'no own data property').to.equal(false);
      expect(shadow(el).querySelector('[data-member-id="m-hanna"]')).to.not.equal(null);
      expect(leaks(propertyStrings(el), forbiddenStrings(validDocument(fixtures.custodyDispute), KIRSI))).to.deep.equal([]);
    });

    it('fires fv-select with visible ids only', async () => {
      const el = await show(fixtures.custodyDispute, KIRSI);
      const selected = oneEvent(el, 'fv-select') as Promise<FvSelectEvent>;
      memberNodes(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const { detail } = await selected;
      expect(el.data!.members.some((m) => m.id === detail.id && m.placeholder !== true)).to.equal(true);
    });
  });

  describe('accessibility (axe)', () => {
    const cases: Array<[string, unknown, Viewer, string, boolean]> = [
      ['consent view', fixtures.custodyDispute, KIRSI, 'consent', false],
      ['member portal with "Who can see my information"', fixtures.custodyDispute, { kind: 'member', member: 'm-hanna' }, 'genogram', false],
      ['genogram with placeholders and the overlay on', fixtures.custodyDispute, KIRSI, 'genogram', true],
      ['unknown viewer notice', fixtures.refugeeFamily, { kind: 'professional', professional: 'nobody' }, 'genogram', false],
    ];
    for (const [label, data, viewer, view, overlay] of cases) {
      it(label, async () => {
        const el = await show(data, viewer, view);
        if (overlay) await toggleOverlay(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});
