/**
 * The member details panel: opened by selecting a member in the genogram (click, Enter),
 * closed by its button or Escape (focus goes back to the member), built only from what the
 * viewer may see.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvSelectEvent } from '../src/events.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, afterEach, describe, failOnConsoleWarnings, it, memberNode, memberNodes, mount, settle, shadow } from './helpers.js';

const panel = (el: HTMLElement) => el.shadowRoot?.querySelector<HTMLElement>('[part="details"]') ?? null;
/** What the status line says (a polite live region), spaces collapsed. */
const status = (el: HTMLElement) => (el.shadowRoot?.querySelector('p[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const click = (node: Element) => node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

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

  it('says in a status line that the details opened, and again when reopened', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    expect(shadow(el).querySelectorAll('p[role="status"]').length).to.equal(1);
    expect(status(el)).to.equal('');
    memberNode(el, 'm-zahra').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.equal('Details of Zahra Rezaei opened below.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(status(el)).to.equal('');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(status(el)).to.equal('Details of Zahra Rezaei opened below.');
    el.lang = 'fi';
    await el.updateComplete;
    expect(status(el)).to.equal('Henkilön Zahra Rezaei tiedot avautuivat alle.');
  });

  it('the status line forgets the member with the view and with the family', async () => {
    const el = await mount(fixtures.refugeeFamily, ADMIN);
    click(memberNode(el, 'm-maryam'));
    await el.updateComplete;
    expect(status(el)).to.include('Maryam');
    el.view = 'timeline';
    await el.updateComplete;
    expect(panel(el)?.getAttribute('data-details-member-id')).to.equal('m-maryam');
    expect(status(el), 'not read out of context in another view').to.equal('');
    el.view = 'genogram';
    await settle(el);
    click(memberNode(el, 'm-maryam'));
    await el.updateComplete;
    expect(status(el)).to.include('Maryam');
    el.data = fixtures.blendedFamily;
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(shadow(el).innerHTML.includes('Maryam')).to.equal(false);
  });

  describe('below the fold', () => {
    const added: Element[] = [];
    afterEach(() => {
      for (const node of added.splice(0)) node.remove();
      window.scrollTo(0, 0);
    });

    /** The element with its drawing just above the page's fold, so the panel opens below it. */
    async function drawingAtTheFold(height?: string): Promise<FamilyView> {
      const el = await mount(fixtures.refugeeFamily, ADMIN);
      if (height !== undefined) el.style.setProperty('--fv-genogram-height', height);
      await settle(el);
      const stage = shadow(el).querySelector('.stage')!.getBoundingClientRect();
      const spacer = document.createElement('div');
      spacer.style.height = `${Math.max(0, Math.round(window.innerHeight - 4 - stage.bottom))}px`;
      el.before(spacer);
      added.push(spacer);
      // Room below, so the page can scroll as far as the panel needs.
      const after = document.createElement('div');
      after.style.height = '150vh';
      el.after(after);
      added.push(after);
      window.scrollTo(0, 0);
      await settle(el);
      return el;
    }

    const visible = (rect: DOMRect) => rect.top >= 0 && rect.bottom <= window.innerHeight;
    /** The drawn members on screen, top to bottom. */
    const onScreen = (el: FamilyView) =>
      memberNodes(el)
        .filter((m) => visible(m.getBoundingClientRect()))
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);

    it('selecting a member scrolls the page so the panel’s heading and Close button show', async () => {
      const el = await drawingAtTheFold();
      const members = onScreen(el);
      const lowest = members[members.length - 1]!;
      click(lowest);
      await settle(el);
      const header = shadow(el).querySelector('[part="details"] .details-header')!.getBoundingClientRect();
      expect(visible(header), `heading ${header.top}–${header.bottom} in 0–${window.innerHeight}`).to.equal(true);
      expect(visible(lowest.getBoundingClientRect()), 'the member is still in sight').to.equal(true);
      expect(window.scrollY > 0, 'the page had to scroll').to.equal(true);
    });

    it('but never so far that the selected member leaves the view', async () => {
      // A drawing taller than the window: showing the heading would push the top member out.
      const el = await drawingAtTheFold(`${Math.round(window.innerHeight * 1.5)}px`);
      const top = onScreen(el)[0]!;
      const stageBottom = shadow(el).querySelector('.stage')!.getBoundingClientRect().bottom;
      const memberTop = top.getBoundingClientRect().top;
      expect(stageBottom - window.innerHeight > memberTop, `the heading is further below the fold (${stageBottom}) than the member is from the top (${memberTop})`).to.equal(true);
      click(top);
      await settle(el);
      const rect = top.getBoundingClientRect();
      expect(rect.top >= 0, `member at ${rect.top}`).to.equal(true);
      expect(window.scrollY > 0, 'the page scrolled as far as it could').to.equal(true);
    });
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
