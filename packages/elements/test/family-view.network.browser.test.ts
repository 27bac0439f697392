/**
 * `view="network"` inside the real element: whom to turn to, built from the redacted
 * document, selection through `fv-select`. The view's own details are tested in
 * network.browser.test.ts.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvSelectEvent } from '../src/events.js';
import { describe, failOnConsoleWarnings, it, mount, shadow } from './helpers.js';

describe('<family-view view="network">', () => {
  failOnConsoleWarnings();

  it('shows each coordinator first, then their backup, in the element', async () => {
    const el = await mount(fixtures.refugeeFamily);
    el.setAttribute('view', 'network');
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('[part="base"]')?.getAttribute('data-view')).to.equal('network');
    const cards = [...root.querySelectorAll('[part~="coordinator"], [part~="backup"]')];
    expect(cards.map((c) => c.getAttribute('data-professional-id'))).to.deep.equal(['pr-leena', 'pr-marja', 'pr-peter', 'pr-anna']);
    expect(cards[0]?.textContent ?? '').to.include('Luottohenkilö');
  });

  it('selecting a worker fires fv-select with type professional', async () => {
    const el = await mount(fixtures.refugeeFamily);
    el.setAttribute('view', 'network');
    await el.updateComplete;
    const button = shadow(el).querySelector<HTMLButtonElement>('[part~="coordinator"] button');
    expect(button !== null).to.equal(true);
    const heard = oneEvent(el, 'fv-select') as Promise<FvSelectEvent>;
    button!.click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ type: 'professional', id: 'pr-leena' });
  });

  it('a member viewer sees only what redaction leaves: no worker of a member hidden from her', async () => {
    const el = await mount(fixtures.refugeeFamily, { kind: 'member', member: 'm-zahra' });
    el.setAttribute('view', 'network');
    await el.updateComplete;
    const shown = [...shadow(el).querySelectorAll('[data-professional-id]')].map((n) => n.getAttribute('data-professional-id'));
    const data = el.data;
    const allowed = new Set((data?.professionals ?? []).map((p) => p.id));
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((id) => id !== null && allowed.has(id))).to.equal(true);
  });
});
