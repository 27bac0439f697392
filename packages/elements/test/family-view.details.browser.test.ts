/**
 * The member details panel: opened by selecting a member in the genogram (click, Enter),
 * closed by its button or Escape (focus goes back to the member), built only from what the
 * viewer may see.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvSelectEvent } from '../src/events.js';
import { ADMIN, describe, failOnConsoleWarnings, it, memberNode, mount, shadow } from './helpers.js';

const panel = (el: HTMLElement) => el.shadowRoot?.querySelector<HTMLElement>('[part="details"]') ?? null;

describe('<family-view> member details', () => {
  failOnConsoleWarnings();

  it('opens on click with who they are, how to reach them, services, whom to call and their own words', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    expect(panel(el) === null).to.equal(true);
    const heard = oneEvent(el, 'fv-select') as Promise<FvSelectEvent>;
    memberNode(el, 'm-maryam').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await heard).detail).to.deep.equal({ type: 'member', id: 'm-maryam' });
    await el.updateComplete;
    const text = panel(el)?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.include('Maryam Rezaei');
    expect(text).to.include('Persian'); // "fa", in words
    expect(text).to.include('Needs an interpreter');
    expect(shadow(el).querySelector('[part="details"] a[href="tel:+358405550142"]') !== null).to.equal(true);
    expect(text).to.include('Luottohenkilö');
    expect(shadow(el).querySelectorAll('[part="details"] [data-service-id]').length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part="details"] [data-note-id="n-maryam-own-view"]') !== null).to.equal(true);
  });

  it('opens with Enter and closes with Escape, focus staying on the member', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    memberNode(el, 'm-zahra').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(panel(el)?.getAttribute('data-details-member-id')).to.equal('m-zahra');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel(el) === null).to.equal(true);
    expect(shadow(el).activeElement?.getAttribute('data-member-id')).to.equal('m-zahra');
  });

  it('the close button gives focus back to the member', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    memberNode(el, 'm-ali').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('[part="details-close"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(panel(el) === null).to.equal(true);
    expect(shadow(el).activeElement?.getAttribute('data-member-id')).to.equal('m-ali');
  });

  it('never shows a non-disclosure member’s contact details, even to an administrator', async () => {
    const el = await mount(fixtures.custodyDispute, ADMIN);
    memberNode(el, 'm-hanna').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const text = panel(el)?.textContent ?? '';
    expect(text).to.include('Hanna');
    expect(text.includes('555 3101')).to.equal(false);
    expect(text.includes('Linnankatu')).to.equal(false);
  });
});
