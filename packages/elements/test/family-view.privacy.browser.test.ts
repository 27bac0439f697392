import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { redact } from '@family-view/core';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import type { FvInvalidEvent } from '../src/events.js';
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
import { recordOutput, validDocument } from './privacy-scan.js';

describe('<family-view> privacy: who is looking', () => {
  failOnConsoleWarnings();

  // Everything that leaves the element: console output and fv-* events.
  let output: ReturnType<typeof recordOutput>;
  beforeEach(() => {
    output = recordOutput();
  });
  afterEach(() => output.stop());

  // Viewers no sample family knows (the ids are look-alikes of real ones), and none.
  const viewers: Array<[string, unknown, string]> = [
    ['no viewer', undefined, 'Who is looking?'],
    ['a malformed viewer', { kind: 'admin', extra: true }, 'Who is looking?'],
    ['a professional from elsewhere', { kind: 'professional', professional: 'p-sanna' }, "Not part of this family's network"],
    ['an organisation from elsewhere', { kind: 'organization', organization: 'o-espoo-social' }, "Not part of this family's network"],
    ['a member of another family', { kind: 'member', member: 'm-someone-else' }, "Not part of this family's network"],
  ];

  for (const [fixtureName, doc] of Object.entries(fixtures)) {
    for (const [label, viewer, title] of viewers) {
      it(`${fixtureName}, ${label}: shows a notice and nothing from the document`, async () => {
        const el = await fixture<FamilyView>(html`<family-view .viewer=${viewer} .data=${doc}></family-view>`);
        const root = shadow(el);
        const notice = root.querySelector('[part="notice"]');
        expect(notice?.getAttribute('role')).to.equal('status');
        expect(notice?.querySelector('.notice-title')?.textContent).to.equal(title);
        expect(root.querySelector('[part="admin-banner"]')).to.equal(null);
        expect(root.querySelector('[data-member-id], [part~="member"], svg, table')).to.equal(null);

        const personal = personalStrings(doc);
        expect(personal.length).to.be.greaterThan(10);
        expect(leakedStrings(renderedStrings(root), personal), 'shadow DOM').to.deep.equal([]);
        expect(leakedStrings([...el.getAttributeNames()].map((n) => el.getAttribute(n) ?? ''), personal)).to.deep.equal([]);
        expect(leakedStrings([JSON.stringify(el.data)], personal), 'data getter').to.deep.equal([]);
        expect(leakedStrings(output.logged, personal), 'console').to.deep.equal([]);
        expect(output.details, 'events').to.deep.equal([]);
      });
    }
  }

  it('reads the viewer attribute as JSON and shows each viewer what redact gives them', async () => {
    const doc = validDocument(fixtures.refugeeFamily);
    const el = await fixture<FamilyView>(html`<family-view viewer='{"kind":"admin"}' .data=${fixtures.refugeeFamily}></family-view>`);
    expect(shadow(el).querySelector('[part="admin-banner"]')?.textContent).to.include('Administrator view – shows everything');
    expect(shadow(el).querySelectorAll('[data-member-id]').length).to.equal(doc.members.length);

    el.setAttribute('viewer', '{"kind":"professional","professional":"pr-sanna"}');
    await el.updateComplete;
    const shown = redact(doc, { kind: 'professional', professional: 'pr-sanna' });
    const ids = [...shadow(el).querySelectorAll('[data-member-id]')].map((n) => n.getAttribute('data-member-id'));
    expect(ids.sort()).to.deep.equal(shown.members.filter((m) => m.placeholder !== true).map((m) => m.id).sort());
    expect(ids.length).to.be.lessThan(doc.members.length);
    expect(shadow(el).querySelector('[part="admin-banner"]')).to.equal(null);

    el.setAttribute('viewer', '{not json');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="notice"]')?.textContent).to.include('Who is looking?');

    el.removeAttribute('viewer');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="notice"]')).to.not.equal(null);
  });

  it('tells a known viewer with whom nothing is shared so, without anything personal', async () => {
    // The A-Clinic serves the blended family, but nothing of it is shared with the clinic itself.
    const doc = fixtures.blendedFamily;
    expect(redact(validDocument(doc), { kind: 'organization', organization: 'o-aclinic' }).members).to.deep.equal([]);
    const el = await fixture<FamilyView>(html`<family-view .viewer=${{ kind: 'organization', organization: 'o-aclinic' }} .data=${doc}></family-view>`);
    expect(shadow(el).querySelector('[part="notice"] .notice-title')?.textContent).to.equal('Nothing is shared with you');
    expect(leakedStrings(renderedStrings(shadow(el)), personalStrings(doc))).to.deep.equal([]);
  });

  describe('invalid data', () => {
    // Messages may quote values of the document: "Secret Name" must not reach a viewer who may not see it.
    const INVALID = {
      schemaVersion: '1.0',
      members: [
        { id: 'secret-id', name: 'Secret Name', gender: 'secret-gender' },
        { id: 'other-id', name: 'Secret Name', gender: 'male', birthDate: 'Secret Birthday' },
      ],
    };
    const SECRETS = ['secret-id', 'Secret Name', 'secret-gender', 'Secret Birthday'];

    for (const [label, viewer] of [
      ['no viewer', undefined],
      ['a member', { kind: 'member', member: 'secret-id' }],
    ] as const) {
      it(`gives ${label} paths, codes and generic sentences only, in the box and in fv-invalid`, async () => {
        const el = await fixture<FamilyView>(html`<family-view .viewer=${viewer}></family-view>`);
        const invalid = oneEvent(el, 'fv-invalid') as Promise<FvInvalidEvent>;
        el.data = INVALID;
        const { errors } = (await invalid).detail;
        expect(errors.map((e) => e.path)).to.include.members(['/members/0/gender', '/members/1/birthDate']);
        for (const error of errors) expect(error.code).to.be.a('string').and.not.equal('');
        const box = shadow(el).querySelector('[part="error"]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.querySelector('h2')?.textContent).to.equal('The family cannot be shown');
        expect([...box.querySelectorAll('.error-message')].map((m) => m.textContent)).to.deep.equal(errors.map((e) => e.message));
        expect(errors.map((e) => e.message)).to.include('A value is not in the expected form.');
        expect(leakedStrings([JSON.stringify(errors), ...renderedStrings(shadow(el)), ...output.logged], SECRETS)).to.deep.equal([]);
      });
    }

    for (const viewer of [{ kind: 'admin' }, { kind: 'professional', professional: 'pr-anyone' }, { kind: 'organization', organization: 'o-any' }]) {
      it(`gives the ${viewer.kind} viewer the full messages`, async () => {
        const el = await fixture<FamilyView>(html`<family-view .viewer=${viewer}></family-view>`);
        const invalid = oneEvent(el, 'fv-invalid') as Promise<FvInvalidEvent>;
        el.data = INVALID;
        const { errors } = (await invalid).detail;
        const gender = errors.find((e) => e.path === '/members/0/gender')!;
        expect(gender.message).to.include('secret-gender');
        expect(shadow(el).querySelector('[part="error"]')?.textContent).to.include('secret-gender');
      });
    }

    it('re-words the box when the viewer changes, and reports the document once', async () => {
      const el = await fixture<FamilyView>(html`<family-view .viewer=${{ kind: 'admin' }}></family-view>`);
      const invalid = oneEvent(el, 'fv-invalid') as Promise<FvInvalidEvent>;
      el.data = INVALID;
      await invalid;
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.include('secret-gender');
      el.viewer = { kind: 'member', member: 'secret-id' };
      await el.updateComplete;
      await Promise.resolve();
      expect(leakedStrings(renderedStrings(shadow(el)), SECRETS)).to.deep.equal([]);
      expect(output.details).to.have.length(1);
    });
  });
});
