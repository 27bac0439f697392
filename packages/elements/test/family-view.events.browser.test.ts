import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvSelectEvent } from '../src/events.js';
import { describe, failOnConsoleWarnings, it, memberNode, memberNodes, mount, shadow } from './helpers.js';

describe('<family-view> selection and keyboard', () => {
  failOnConsoleWarnings();

  it('fires fv-select on click, bubbling and composed, to the document', async () => {
    const el = await mount(fixtures.refugeeFamily);
    const selected = oneEvent(document, 'fv-select') as Promise<FvSelectEvent>;
    // Click the drawn symbol inside the node: delegation finds the member.
    memberNode(el, 'm-zahra').querySelector('path.symbol')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = await selected;
    expect(event.detail).to.deep.equal({ type: 'member', id: 'm-zahra' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(el);
  });

  it('fires fv-select for a real pointer click on a member', async () => {
    const el = await mount(fixtures.refugeeFamily);
    const node = memberNode(el, 'm-maryam');
    const selected = oneEvent(el, 'fv-select') as Promise<FvSelectEvent>;
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
    expect((await selected).detail.id).to.equal('m-maryam');
  });

  for (const key of ['Enter', 'Space']) {
    it(`fires fv-select on ${key} on the focused member`, async () => {
      const el = await mount(fixtures.refugeeFamily);
      memberNode(el, 'm-ali').focus();
      const selected = oneEvent(el, 'fv-select') as Promise<FvSelectEvent>;
      await sendKeys({ press: key });
      const event = await selected;
      expect(event.detail).to.deep.equal({ type: 'member', id: 'm-ali' });
      expect(event.composed).to.equal(true);
    });
  }

  it('does not fire fv-select for clicks on empty space or lines', async () => {
    const el = await mount(fixtures.refugeeFamily);
    let fired = 0;
    el.addEventListener('fv-select', () => fired++);
    shadow(el).querySelector('svg.genogram')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    shadow(el).querySelector('[data-parentage-id]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(fired).to.equal(0);
  });

  it('starts the tab order on the index person and moves it with the arrow keys', async () => {
    const el = await mount(fixtures.refugeeFamily);
    const tabStop = () => memberNodes(el).filter((n) => n.getAttribute('tabindex') === '0');
    expect(tabStop().map((n) => n.getAttribute('data-member-id'))).to.deep.equal(['m-maryam']);

    memberNode(el, 'm-maryam').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = shadow(el).activeElement;
    const focusedId = focused?.getAttribute('data-member-id');
    expect(['m-zahra', 'm-ali', 'm-sara']).to.include(focusedId);
    expect(tabStop().map((n) => n.getAttribute('data-member-id'))).to.deep.equal([focusedId]);

    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-member-id')).to.be.oneOf(['m-maryam', 'm-hossein']);
  });

  it('tabs from the genogram to the zoom controls', async () => {
    const el = await mount(fixtures.refugeeFamily);
    memberNode(el, 'm-maryam').focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Zoom in');
  });
});
