/**
 * The network view ("whom to turn to") through a small test-only host that renders
 * `renderNetworkView(buildNetworkModel(redact(document, viewer)))` in its shadow root, as
 * `<family-view>` does: content and order, links, selection by mouse and keyboard, empty
 * states, hostile text, a narrow screen, and that nothing redaction removed shows up.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, nothing } from 'lit';
import { redact, type FamilyDocument, type Viewer } from '@family-view/core';
import { fixtures } from '../../../test/fixtures/index.js';
import { buildNetworkModel, type NetworkModel, type NetworkModelOptions } from '../src/network/network-model.js';
import { renderNetworkView, type NetworkSelection } from '../src/network/network-view.js';
import { networkStyles } from '../src/network/network.styles.js';
import { describe, failOnConsoleWarnings, it, renderedStrings } from './helpers.js';
import { forbiddenStrings, leaks, validDocument } from './privacy-scan.js';

class NetworkTestHost extends LitElement {
  static override styles = networkStyles;
  static override properties = { model: { attribute: false }, locale: { attribute: false } };
  model?: NetworkModel;
  locale = 'en';
  readonly selections: NetworkSelection[] = [];

  override render() {
    if (!this.model) return nothing;
    return renderNetworkView(this.model, this.locale, { select: (selection) => this.selections.push(selection) });
  }
}
customElements.define('fv-network-test-host', NetworkTestHost);

const refugee = validDocument(fixtures.refugeeFamily);
const custody = validDocument(fixtures.custodyDispute);
const hostile = validDocument(fixtures.hostileText);
const ADMIN: Viewer = { kind: 'admin' };

async function show(doc: FamilyDocument, viewer: Viewer = ADMIN, options: NetworkModelOptions = {}, locale = 'en'): Promise<NetworkTestHost> {
  const model = buildNetworkModel(redact(doc, viewer), options);
  const el = await fixture<NetworkTestHost>(html`<fv-network-test-host .model=${model} .locale=${locale}></fv-network-test-host>`);
  await el.updateComplete;
  return el;
}

function root(el: NetworkTestHost): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function all(el: NetworkTestHost, selector: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(selector)];
}

function one(el: NetworkTestHost, selector: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ids = (nodes: HTMLElement[], attribute: string): string[] => nodes.map((n) => n.getAttribute(attribute) ?? '');
const hrefs = (node: Element): string[] => [...node.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

describe('network view', () => {
  failOnConsoleWarnings();

  describe('the coordinator first', () => {
    it('shows the coordinator with the document’s own title, contacts and members, before anyone else', async () => {
      const el = await show(refugee);
      const sections = ids(all(el, '[part^="network-"]'), 'part');
      expect(sections).to.deep.equal(['network-coordinators', 'network-workers', 'network-events', 'network-plan']);
      const cards = all(el, '[data-professional-id]');
      expect(cards[0]?.getAttribute('part')).to.equal('coordinator');
      const leena = one(el, '[part="coordinator"][data-professional-id="pr-leena"]');
      expect(text(leena.querySelector('.network-role'))).to.equal('Luottohenkilö');
      expect(text(leena.querySelector('.network-name'))).to.equal('Leena Virtanen');
      expect(text(leena)).to.contain('Family worker, trusted person, Majakka family association');
      expect(text(leena)).to.contain('Mon–Thu 9–15; texts answered the same day');
      expect(text(leena.querySelector('.network-for'))).to.equal('For Maryam Rezaei, Zahra Rezaei, Ali Rezaei, and Sara Rezaei');
      expect(hrefs(leena)).to.include.members(['tel:+358405550811', 'mailto:leena.virtanen@majakka-ry.example', 'https://majakka-ry.example/']);
      const phone = [...leena.querySelectorAll('a')].find((a) => a.getAttribute('href') === 'tel:+358405550811');
      expect(text(phone)).to.equal('+358 40 555 0811');
    });

    it('labels the backup as the one to call when the coordinator is away', async () => {
      const el = await show(refugee);
      const coordinators = all(el, '.network-coordinator');
      expect(ids(coordinators, 'data-coordinator-id')).to.deep.equal(['c-trusted-person', 'c-disability']);
      const backup = coordinators[0]!.querySelector('[part="backup"]');
      expect(backup?.getAttribute('data-professional-id')).to.equal('pr-marja');
      expect(text(backup?.querySelector('.network-role'))).to.equal('When Leena Virtanen is away, call');
      expect(text(backup?.querySelector('.network-name'))).to.equal('Marja Koskinen');
      expect(hrefs(backup!)).to.include('mailto:marja.koskinen@majakka-ry.example');
    });

    it('gives a generic title when the document has none, and says so when nobody coordinates', async () => {
      const untitled = structuredClone(refugee);
      for (const c of untitled.coordinators ?? []) delete c.title;
      const el = await show(untitled);
      expect(all(el, '[part="coordinator"] .network-role').map(text)).to.deep.equal(['Coordinator', 'Coordinator']);
      const none = await show({ ...refugee, coordinators: [] });
      expect(text(one(none, '[part="network-coordinators"] .network-empty'))).to.equal('No coordinator is named for this family yet.');
      expect(all(none, '[part="coordinator"]').length).to.equal(0);
    });
  });

  describe('workers by member', () => {
    it('groups every worker under each member in the order given, with their services', async () => {
      const el = await show(refugee, ADMIN, { memberOrder: ['m-sara', 'm-ali', 'm-zahra', 'm-maryam'] });
      expect(ids(all(el, '[data-member-group]'), 'data-member-group')).to.deep.equal(['m-sara', 'm-ali', 'm-zahra', 'm-maryam']);
      const zahra = one(el, '[data-member-group="m-zahra"]');
      expect(text(zahra.querySelector('h4'))).to.equal('Zahra Rezaei');
      const peter = zahra.querySelector('[part="worker"][data-professional-id="pr-peter"]')!;
      expect([...peter.querySelectorAll('.network-services li')].map(text)).to.deep.equal([
        'Transport service for persons with disabilities',
        'Home adaptations (ramp, bathroom) (waiting)',
      ]);
      expect(hrefs(peter)).to.include.members(['tel:+35895550131', 'mailto:peter.sundstrom@hyvinvointialue.example']);
      expect(text(peter)).to.contain('Phone hour Thu 12–13');
      // The same worker appears for each member they serve.
      expect(all(el, '[part="worker"][data-professional-id="pr-anna"]').length).to.equal(4);
    });

    it('lists a service without a named worker with its organisation to ask', async () => {
      const el = await show(refugee);
      const maryam = one(el, '[data-member-group="m-maryam"]');
      const unstaffed = maryam.querySelector('.network-unstaffed li[data-service-id="s-mothers-group"]');
      expect(text(unstaffed)).to.contain('Peer group for mothers (declined)');
      expect(text(unstaffed)).to.contain('Majakka family association');
      expect(hrefs(unstaffed!)).to.include('tel:+358405550800');
    });

    it('marks a professional met only at meetings', async () => {
      const doc = structuredClone(refugee);
      doc.events!.find((e) => e.id === 'e-plan-review')!.professionals!.push('pr-extra');
      doc.professionals!.push({ id: 'pr-extra', name: 'Eero Extra', organization: 'o-social', phone: '+358 9 555 0999' });
      const el = await show(doc);
      const extra = all(el, '[part="worker"][data-professional-id="pr-extra"]');
      expect(extra.length).to.equal(4);
      expect(extra[0]!.classList.contains('network-card--via-events')).to.equal(true);
      expect(text(extra[0]!.querySelector('.network-via-events'))).to.equal('Met at meetings: Client plan review');
    });

    it('says so when there are no services', async () => {
      const el = await show({ schemaVersion: '1.0', asOf: '2025-03-01', members: [{ id: 'a', name: 'Alone', gender: 'female' }] });
      expect(text(one(el, '[part="network-workers"] .network-empty'))).to.equal('No services to show.');
      expect(text(one(el, '[part="network-events"] .network-empty'))).to.equal('No meetings are planned.');
      expect(text(one(el, '[part="network-plan"] .network-empty'))).to.equal('There is no shared plan yet.');
    });
  });

  describe('next planned events', () => {
    it('shows only planned events from asOf on, soonest first, with date, kind, place and who attends', async () => {
      const el = await show(refugee);
      const events = all(el, '[part="event"]');
      expect(ids(events, 'data-event-id')).to.deep.equal(['e-next-network-meeting', 'e-plan-review']);
      const first = events[0]!;
      const time = first.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-03-18T13:00:00+02:00');
      // The time as written in the document (13:00 at +02:00), not shifted to the reader’s zone.
      expect(text(time)).to.contain('March 18, 2025');
      expect(text(time)).to.match(/1:00/);
      expect(text(first.querySelector('.network-name'))).to.equal('Network meeting: spring plan review');
      expect(text(first.querySelector('.network-kind'))).to.equal('Network meeting');
      const who = text(first.querySelector('.network-who'));
      expect(who).to.contain('Maryam Rezaei');
      expect(who).to.contain('Leena Virtanen');
      expect(text(events[1]!.querySelector('time'))).to.equal('Tuesday, April 29, 2025');
    });

    it('moves with asOf and caps the list with a count of the rest', async () => {
      const early = await show(refugee, ADMIN, { asOf: '2024-01-01', maxEvents: 1 });
      // Done and cancelled events never appear, however early asOf is.
      expect(ids(all(early, '[part="event"]'), 'data-event-id')).to.deep.equal(['e-next-network-meeting']);
      expect(text(one(early, '.network-more'))).to.equal('And 1 more planned.');
      const late = await show(refugee, ADMIN, { asOf: '2025-04-01' });
      expect(ids(all(late, '[part="event"]'), 'data-event-id')).to.deep.equal(['e-plan-review']);
      const many = structuredClone(refugee);
      for (let i = 1; i <= 7; i++) {
        many.events!.push({ id: `e-extra-${i}`, kind: 'meeting', title: `Extra ${i}`, start: `2025-06-0${i}`, status: 'planned', members: ['m-maryam'] });
      }
      const capped = await show(many);
      expect(all(capped, '[part="event"]').length).to.equal(5);
      expect(text(one(capped, '.network-more'))).to.equal('And 4 more planned.');
    });

    it('formats dates in the element’s language', async () => {
      const el = await show(refugee, ADMIN, {}, 'fi');
      expect(text(one(el, '[data-event-id="e-next-network-meeting"] time'))).to.contain('maaliskuuta');
    });
  });

  describe('the shared plan', () => {
    it('shows goals with status in words and a shape, owner, target date and tasks', async () => {
      const el = await show(refugee);
      const goals = all(el, '[part="goal"]');
      expect(ids(goals, 'data-status')).to.deep.equal(['in-progress', 'in-progress', 'in-progress', 'open', 'open', 'achieved', 'dropped']);
      const whom = one(el, '[data-goal-id="g-whom-to-call"]');
      const status = whom.querySelector('.network-goal-status')!;
      expect(text(status)).to.equal('In progress');
      expect(status.querySelector('svg.network-icon--in-progress')).to.not.equal(null);
      expect(text(whom.querySelector('.network-owner'))).to.equal('Led by Leena Virtanen');
      expect(whom.querySelector('.network-due time')?.getAttribute('datetime')).to.equal('2025-06');
      expect(text(whom.querySelector('.network-due'))).to.equal('Target date: June 2025');
      const tasks = [...whom.querySelectorAll('.network-task')];
      expect(tasks.map((t) => t.getAttribute('data-done'))).to.deep.equal(['true', 'true', 'false']);
      expect(text(tasks[0]!.querySelector('.network-task-state'))).to.equal('Done:');
      expect(text(tasks[2]!.querySelector('.network-task-state'))).to.equal('To do:');
      expect(tasks[0]!.querySelector('svg.network-icon--task-done')).to.not.equal(null);
      expect(tasks[2]!.querySelector('svg.network-icon--task-open')).to.not.equal(null);
      expect(text(tasks[2]!.querySelector('.network-task-assignee'))).to.equal('(Maryam Rezaei)');
      expect(text(one(el, '[data-goal-id="g-own-home"] .network-goal-status'))).to.equal('Reached');
      expect(text(one(el, '[data-goal-id="g-mothers-group"] .network-goal-status'))).to.equal('Dropped');
      expect(text(one(el, '[data-goal-id="g-ali-grade5"] .network-goal-status'))).to.equal('Not started');
    });
  });

  describe('selecting', () => {
    it('a click on a name or anywhere on a card selects it with its type and id', async () => {
      const el = await show(refugee);
      one(el, '[part="coordinator"][data-professional-id="pr-leena"] .network-select').click();
      one(el, '[part="backup"][data-professional-id="pr-marja"]').click();
      one(el, '[data-event-id="e-plan-review"] .network-kind').click();
      one(el, '[data-goal-id="g-sara-speech"] .network-select').click();
      one(el, '[data-member-group="m-ali"] [part="worker"][data-professional-id="pr-juha"]').click();
      expect(el.selections).to.deep.equal([
        { type: 'professional', id: 'pr-leena' },
        { type: 'professional', id: 'pr-marja' },
        { type: 'event', id: 'e-plan-review' },
        { type: 'goal', id: 'g-sara-speech' },
        { type: 'professional', id: 'pr-juha' },
      ]);
    });

    it('Enter and Space on the focused name select it', async () => {
      const el = await show(refugee);
      const button = one(el, '[data-event-id="e-next-network-meeting"] .network-select');
      button.focus();
      await sendKeys({ press: 'Enter' });
      one(el, '[data-goal-id="g-literacy"] .network-select').focus();
      await sendKeys({ press: 'Space' });
      expect(el.selections).to.deep.equal([
        { type: 'event', id: 'e-next-network-meeting' },
        { type: 'goal', id: 'g-literacy' },
      ]);
    });

    it('a click on a phone or e-mail link follows the link and selects nothing', async () => {
      const el = await show(refugee);
      // Keep the test page where it is: the link's default action is not what is tested.
      const stay = (event: Event) => event.preventDefault();
      root(el).addEventListener('click', stay, { capture: true });
      for (const link of all(el, '[part="coordinator"] a')) {
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      }
      root(el).removeEventListener('click', stay, { capture: true });
      expect(all(el, '[part="coordinator"] a').length).to.be.greaterThan(2);
      expect(el.selections.length).to.equal(0);
    });

    it('every card and item has a button, reachable with the Tab key', async () => {
      const el = await show(refugee);
      for (const item of all(el, '[data-professional-id], [data-event-id], [data-goal-id]')) {
        expect(item.querySelector('button.network-select'), item.getAttribute('data-professional-id') ?? '').to.not.equal(null);
      }
    });
  });

  describe('only what redaction left', () => {
    const cases: Array<{ label: string; doc: FamilyDocument; viewer: Viewer; gone: string[]; kept: string[] }> = [
      {
        label: 'a school teacher on the custody dispute',
        doc: custody,
        viewer: { kind: 'professional', professional: 'pr-annika' },
        gone: ['Venla Mäkinen', 'Janne Mäkinen', 'Timo Järvinen', '+358 2 555 3261', 'Shelter stay', 'Main hearing in the custody case'],
        kept: ['Annika Sjöberg', 'Kirsi Lehtinen', 'Omatyöntekijä (child welfare)'],
      },
      {
        label: 'the mother on the custody dispute (her own portal)',
        doc: custody,
        viewer: { kind: 'member', member: 'm-hanna' },
        gone: ['Shelter stay', 'Riikka Salonen', 'Support for survivors of intimate partner violence', 'Timo Järvinen', 'Janne Mäkinen'],
        kept: ['Kirsi Lehtinen', 'Petri Halonen', 'Mats Nyberg'],
      },
      {
        label: 'the speech therapist on the refugee family',
        doc: refugee,
        viewer: { kind: 'professional', professional: 'pr-johanna' },
        gone: ['Maryam Rezaei', 'Ali Rezaei', 'Juha Mäkinen', '+358 9 555 0301', 'Network meeting: spring plan review'],
        kept: ['Sara Rezaei', 'Leena Virtanen', 'Johanna Nieminen'],
      },
      {
        label: 'the mother on the refugee family',
        doc: refugee,
        viewer: { kind: 'member', member: 'm-maryam' },
        gone: ['Reza Ahmadi', '+46 70 555 01 88'],
        kept: ['Leena Virtanen', 'Marja Koskinen', '+358 40 555 0811'],
      },
    ];

    for (const { label, doc, viewer, gone, kept } of cases) {
      it(`${label} sees only what redaction kept`, async () => {
        const forbidden = forbiddenStrings(doc, viewer);
        // The scan is meaningful: each named string is one redaction removed, and the admin sees it.
        expect(gone.filter((s) => !forbidden.includes(s))).to.deep.equal([]);
        const adminText = renderedStrings(root(await show(doc))).join('\n');
        expect(gone.filter((s) => !adminText.includes(s) && !forbidden.includes(s))).to.deep.equal([]);
        const el = await show(doc, viewer);
        const shown = renderedStrings(root(el));
        expect(leaks(shown, forbidden)).to.deep.equal([]);
        expect(leaks(shown, gone)).to.deep.equal([]);
        expect(kept.filter((s) => !shown.join('\n').includes(s))).to.deep.equal([]);
      });
    }

    it('the admin view does show the strings the scans look for', async () => {
      const shown = renderedStrings(root(await show(custody))).join('\n');
      for (const s of ['Timo Järvinen', '+358 2 555 3261', 'Riikka Salonen', 'Main hearing in the custody case']) {
        expect(shown.includes(s), s).to.equal(true);
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const [name, doc] of [['refugee family', refugee], ['custody dispute', custody], ['hostile text', hostile]] as const) {
      it(`passes axe on the ${name}`, async () => {
        const el = await show(doc);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('hostile text and small screens', () => {
    it('renders hostile text as text and links only to tel:, mailto: and http(s)', async () => {
      const el = await show(hostile);
      expect(root(el).querySelectorAll('script, img, iframe, b, svg:not(.network-icon)').length).to.equal(0);
      const links = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(links.filter((href) => !/^(tel:\+?\d+|mailto:[^<>"\s]+|https?:\/\/)/.test(href))).to.deep.equal([]);
      expect(text(one(el, '[part="coordinator"] .network-role'))).to.equal('"><svg onload=alert(1)>');
      expect(renderedStrings(root(el)).join('\n')).to.contain('javascript:alert(1)');
    });

    it('stacks into one column at 360 px without sideways scrolling', async () => {
      const el = await show(refugee);
      el.style.display = 'block';
      el.style.width = '360px';
      await el.updateComplete;
      const section = one(el, '[part="network"]');
      expect(section.scrollWidth <= section.clientWidth, `${section.scrollWidth} > ${section.clientWidth}`).to.equal(true);
      const coordinator = one(el, '[part="coordinator"][data-professional-id="pr-leena"]').getBoundingClientRect();
      const backup = one(el, '[part="backup"][data-professional-id="pr-marja"]').getBoundingClientRect();
      expect(backup.top >= coordinator.bottom, 'the backup is below the coordinator').to.equal(true);
      for (const card of all(el, '[part="worker"], [part="event"], [part="goal"]')) {
        expect(card.getBoundingClientRect().width <= 360, card.className).to.equal(true);
      }
    });

    it('wraps very long names at 360 px instead of overflowing', async () => {
      const el = await show(hostile);
      el.style.display = 'block';
      el.style.width = '360px';
      const section = one(el, '[part="network"]');
      const wide = all(el, '*').filter((n) => n.getBoundingClientRect().width > 360).map((n) => `${n.tagName}.${n.className}`);
      expect(section.scrollWidth <= section.clientWidth, `${section.scrollWidth} > ${section.clientWidth}: ${wide.join(' ')}`).to.equal(true);
    });

    it('shows two columns side by side when there is room', async () => {
      const el = await show(refugee);
      el.style.display = 'block';
      el.style.width = '900px';
      const coordinator = one(el, '[part="coordinator"][data-professional-id="pr-leena"]').getBoundingClientRect();
      const backup = one(el, '[part="backup"][data-professional-id="pr-marja"]').getBoundingClientRect();
      expect(Math.abs(backup.top - coordinator.top) < 1, 'the backup beside the coordinator').to.equal(true);
    });
  });
});
