import { expect, fixture, html } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import {
  afterEach,
  beforeEach,
  describe,
  failOnConsoleWarnings,
  it,
  leakedStrings,
  personalStrings,
  renderedStrings,
  shadow,
} from './helpers.js';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const CONSOLE_METHODS: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

describe('<family-view> privacy before consent rules', () => {
  failOnConsoleWarnings();

  // Everything that leaves the element: console output and fv-* events.
  let logged: string[] = [];
  let events: Event[] = [];
  const originals = new Map<ConsoleMethod, (...args: unknown[]) => void>();
  const record = (event: Event) => events.push(event);
  beforeEach(() => {
    logged = [];
    events = [];
    for (const method of CONSOLE_METHODS) {
      const original = console[method];
      originals.set(method, original);
      console[method] = (...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
        original.apply(console, args);
      };
    }
    for (const type of ['fv-select', 'fv-invalid', 'fv-as-of-change']) document.addEventListener(type, record);
  });
  afterEach(() => {
    for (const [method, original] of originals) console[method] = original;
    for (const type of ['fv-select', 'fv-invalid', 'fv-as-of-change']) document.removeEventListener(type, record);
  });

  const viewers: Array<[string, unknown]> = [
    ['no viewer', undefined],
    ['a professional of the family', { kind: 'professional', professional: 'p-sanna' }],
    ['an organisation', { kind: 'organization', organization: 'o-espoo-social' }],
    ['a family member', { kind: 'member', member: 'm-maryam' }],
    ['a malformed viewer', { kind: 'admin', extra: true }],
  ];

  for (const [fixtureName, doc] of Object.entries(fixtures)) {
    for (const [label, viewer] of viewers) {
      it(`${fixtureName}, ${label}: shows a notice and nothing from the document`, async () => {
        const el = await fixture<FamilyView>(html`<family-view .viewer=${viewer} .data=${doc}></family-view>`);
        const root = shadow(el);
        const notice = root.querySelector('[part="notice"]');
        expect(notice?.getAttribute('role')).to.equal('status');
        expect(notice?.textContent).to.include(viewer === undefined || label === 'a malformed viewer' ? 'Who is looking?' : 'not available yet');
        expect(root.querySelector('[part="admin-banner"]')).to.equal(null);
        expect(root.querySelector('[data-member-id], [part~="member"], svg')).to.equal(null);

        const personal = personalStrings(doc);
        expect(personal.length).to.be.greaterThan(10);
        expect(leakedStrings(renderedStrings(root), personal), 'shadow DOM').to.deep.equal([]);
        expect(leakedStrings([...el.getAttributeNames()].map((n) => el.getAttribute(n) ?? ''), personal)).to.deep.equal([]);
        expect(leakedStrings(logged, personal), 'console').to.deep.equal([]);
        expect(events, 'events').to.deep.equal([]);
      });
    }
  }

  it('reads the viewer attribute as JSON and shows the family only to an admin', async () => {
    const el = await fixture<FamilyView>(html`<family-view viewer='{"kind":"admin"}' .data=${fixtures.refugeeFamily}></family-view>`);
    expect(shadow(el).querySelector('[part="admin-banner"]')?.textContent).to.include('Administrator view – shows everything');
    expect(shadow(el).querySelectorAll('[data-member-id]').length).to.equal(fixtures.refugeeFamily.members.length);

    el.setAttribute('viewer', '{"kind":"professional","professional":"p-sanna"}');
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-member-id]')).to.equal(null);
    expect(shadow(el).querySelector('[part="admin-banner"]')).to.equal(null);
    expect(leakedStrings(renderedStrings(shadow(el)), personalStrings(fixtures.refugeeFamily))).to.deep.equal([]);

    el.setAttribute('viewer', '{not json');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="notice"]')?.textContent).to.include('Who is looking?');

    el.removeAttribute('viewer');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="notice"]')).to.not.equal(null);
  });

  it('does not report invalid data to a viewer who may not see the family', async () => {
    const el = await fixture<FamilyView>(
      html`<family-view .data=${{ schemaVersion: '1.0', members: [{ id: 'secret-id', name: 'Secret Name', gender: 'x' }] }}></family-view>`,
    );
    await new Promise((r) => setTimeout(r));
    expect(events).to.deep.equal([]);
    expect(leakedStrings(renderedStrings(shadow(el)), ['secret-id', 'Secret Name'])).to.deep.equal([]);
  });
});
