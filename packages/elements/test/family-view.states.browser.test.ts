import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import type { FvInvalidEvent } from '../src/events.js';
import { ADMIN, afterEach, describe, failOnConsoleWarnings, familyDocument, it, mount, person, shadow } from './helpers.js';

const INVALID = {
  schemaVersion: '1.0',
  members: [
    { id: 'a', name: 'Anna', gender: 'woman' },
    { id: 'b', gender: 'male' },
  ],
};

function errorItems(el: FamilyView): Array<{ message: string; path: string }> {
  return [...shadow(el).querySelectorAll('[part="error"] li')].map((li) => ({
    message: li.querySelector('.error-message')?.textContent ?? '',
    path: li.querySelector('.error-path code')?.textContent ?? '',
  }));
}

function jsonDataUrl(value: unknown): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
}

describe('<family-view> states', () => {
  failOnConsoleWarnings();

  it('shows a friendly empty state without data', async () => {
    const el = await fixture<FamilyView>(html`<family-view></family-view>`);
    const empty = shadow(el).querySelector('[part="empty"]');
    expect(empty?.getAttribute('role')).to.equal('status');
    expect(empty?.textContent).to.include('No family to show yet');
  });

  describe('invalid data', () => {
    it('lists every error with its message and path in an alert, and fires fv-invalid with them', async () => {
      const el = await fixture<FamilyView>(html`<family-view .viewer=${ADMIN}></family-view>`);
      const invalid = oneEvent(el, 'fv-invalid') as Promise<FvInvalidEvent>;
      el.data = INVALID;
      const event = await invalid;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      const { errors } = event.detail;
      expect(errors.length).to.be.greaterThan(1);
      const box = shadow(el).querySelector('[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.querySelector('h2')?.textContent).to.equal('The family cannot be shown');
      const items = errorItems(el);
      expect(items).to.have.length(errors.length);
      errors.forEach((error, i) => {
        expect(items[i]!.message).to.equal(error.message);
        expect(items[i]!.path).to.equal(error.path);
        expect(error.code).to.be.a('string');
      });
      expect(errors.map((e) => e.path)).to.include.members(['/members/0/gender', '/members/1/name']);
      expect(shadow(el).querySelector('[data-member-id]')).to.equal(null);
    });

    it('fires fv-invalid once per document, not on every render', async () => {
      const el = await fixture<FamilyView>(html`<family-view .viewer=${ADMIN}></family-view>`);
      let count = 0;
      el.addEventListener('fv-invalid', () => count++);
      el.data = INVALID;
      await el.updateComplete;
      await Promise.resolve();
      el.viewer = { kind: 'admin' };
      el.setAttribute('view', 'genogram');
      await el.updateComplete;
      await Promise.resolve();
      expect(count).to.equal(1);
      el.data = structuredClone(INVALID);
      await el.updateComplete;
      await Promise.resolve();
      expect(count).to.equal(2);
    });

    it('shows integrity errors (unresolved references) too', async () => {
      const el = await mount(
        familyDocument({
          members: [person('anna', 'female')],
          parentage: [{ id: 'pa', parent: 'anna', child: 'ghost', kind: 'biological' }],
        }),
      );
      expect(errorItems(el).some((e) => e.path.startsWith('/parentage/0'))).to.equal(true);
    });
  });

  describe('src', () => {
    const realFetch = globalThis.fetch;
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    it('loads the document from src', async () => {
      const el = await fixture<FamilyView>(
        html`<family-view .viewer=${ADMIN} src=${jsonDataUrl(fixtures.refugeeFamily)}></family-view>`,
      );
      await waitUntil(() => shadow(el).querySelector('[data-member-id]'), 'members drawn');
      expect(shadow(el).querySelectorAll('[data-member-id]')).to.have.length(fixtures.refugeeFamily.members.length);
    });

    it('shows an HTTP error in the error box with path "" and fires fv-invalid', async () => {
      const el = document.createElement('family-view');
      el.viewer = ADMIN;
      const invalid = oneEvent(el, 'fv-invalid') as Promise<FvInvalidEvent>;
      el.src = '/no/such/family.json';
      document.body.append(el);
      try {
        const event = await invalid;
        expect(event.detail.errors).to.have.length(1);
        expect(event.detail.errors[0]).to.include({ path: '', code: 'fetch-status' });
        await el.updateComplete;
        const items = errorItems(el);
        expect(items).to.have.length(1);
        expect(items[0]!.message).to.include('/no/such/family.json').and.include('404');
        expect(items[0]!.path).to.equal('(the whole document)');
      } finally {
        el.remove();
      }
    });

    it('shows a JSON parse error the same way', async () => {
      const el = await fixture<FamilyView>(html`<family-view .viewer=${ADMIN} src="data:application/json,{not json"></family-view>`);
      await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'error shown');
      expect(errorItems(el)[0]!.message).to.include('not valid JSON');
    });

    it('shows a network failure the same way', async () => {
      globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const el = await fixture<FamilyView>(html`<family-view .viewer=${ADMIN} src="https://example.invalid/f.json"></family-view>`);
      await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'error shown');
      expect(errorItems(el)[0]!.message).to.include('could not be loaded from https://example.invalid/f.json');
    });

    it('shows a loading state, aborts a stale fetch and ignores its late answer', async () => {
      const requests: Array<{ url: string; signal: AbortSignal; resolve: (r: Response) => void }> = [];
      globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((resolve) => {
          requests.push({ url: String(input), signal: init!.signal!, resolve });
        });
      const el = await fixture<FamilyView>(html`<family-view .viewer=${ADMIN} src="/first.json"></family-view>`);
      expect(shadow(el).querySelector('[part="loading"]')?.getAttribute('role')).to.equal('status');
      el.src = '/second.json';
      await el.updateComplete;
      expect(requests.map((r) => r.url)).to.deep.equal(['/first.json', '/second.json']);
      expect(requests[0]!.signal.aborted).to.equal(true);
      expect(requests[1]!.signal.aborted).to.equal(false);

      const second = familyDocument({ members: [person('second', 'male')] });
      requests[1]!.resolve(new Response(JSON.stringify(second)));
      await waitUntil(() => shadow(el).querySelector('[data-member-id="second"]'), 'second document drawn');
      const first = familyDocument({ members: [person('first', 'female')] });
      requests[0]!.resolve(new Response(JSON.stringify(first)));
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(shadow(el).querySelector('[data-member-id="first"]')).to.equal(null);
      expect(shadow(el).querySelector('[data-member-id="second"]')).to.not.equal(null);
    });
  });
});
