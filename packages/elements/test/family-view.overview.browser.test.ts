/**
 * The overview (the default view): the time slider, the genogram and the services timeline
 * with one selection — a member selected in the genogram highlights their lane; a service
 * selected on the timeline highlights its members in the genogram — and time travel
 * marked on the timeline.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvSelectEvent } from '../src/events.js';
import { ADMIN, describe, failOnConsoleWarnings, it, memberNode, mount, shadow } from './helpers.js';

const click = (node: Element) => node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

describe('<family-view> overview', () => {
  failOnConsoleWarnings();

  it('shows the slider, the genogram and the timeline together, every service bar hooked', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    const root = shadow(el);
    expect(root.querySelector('[part="base"]')?.getAttribute('data-view')).to.equal('overview');
    expect(root.querySelector('[part="time-slider"]') !== null).to.equal(true);
    expect(root.querySelector('svg.genogram') !== null).to.equal(true);
    const barServices = new Set([...root.querySelectorAll('[data-service-id]')].map((n) => n.getAttribute('data-service-id')));
    const dated = (fixtures.refugeeFamily.services ?? []).filter((s) => (s.periods ?? []).length > 0).map((s) => s.id);
    expect(dated.length).to.be.greaterThan(0);
    expect(dated.every((id) => barServices.has(id))).to.equal(true);
  });

  it('selecting a member in the genogram highlights their lane on the timeline', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    click(memberNode(el, 'm-zahra'));
    await el.updateComplete;
    const selected = [...shadow(el).querySelectorAll('.lane-label--selected')].map((n) => n.getAttribute('data-lane-member-id'));
    expect(selected).to.deep.equal(['m-zahra']);
  });

  it('selecting a service on the timeline highlights its members in the genogram and fires fv-select', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    const service = (fixtures.refugeeFamily.services ?? []).find((s) => s.members.length >= 2 && (s.periods ?? []).length > 0)!;
    const bar = shadow(el).querySelector(`[data-service-id="${service.id}"]`)!;
    const heard = oneEvent(el, 'fv-select') as Promise<FvSelectEvent>;
    click(bar);
    expect((await heard).detail).to.deep.equal({ type: 'service', id: service.id });
    await el.updateComplete;
    const highlighted = [...shadow(el).querySelectorAll('.member--highlighted')].map((n) => n.getAttribute('data-member-id')).sort();
    expect(highlighted).to.deep.equal([...service.members].sort());
  });

  it('time travel marks the date on the timeline and highlights what was active then', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    expect(shadow(el).querySelectorAll('.bar--active-at-mark').length).to.equal(0);
    el.setAttribute('as-of', '2024-01-15');
    await el.updateComplete;
    const active = [...shadow(el).querySelectorAll('.bar--active-at-mark')];
    expect(active.length).to.be.greaterThan(0);
  });
});
