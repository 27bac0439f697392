/**
 * Time travel: `as-of` shows the family as it was on that date — the unborn absent, deaths
 * and partnership statuses as they were — always after redaction; the overview's slider
 * moves the date by keyboard and fires `fv-as-of-change`.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvAsOfChangeEvent } from '../src/events.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, describe, failOnConsoleWarnings, it, mount, shadow } from './helpers.js';

const shownIds = (el: FamilyView) => [...shadow(el).querySelectorAll('[data-member-id]')].map((n) => n.getAttribute('data-member-id'));
const nameOf = (el: FamilyView, id: string) => shadow(el).querySelector(`[data-member-id="${id}"]`)?.getAttribute('aria-label') ?? '';
const coupleClass = (el: FamilyView, id: string) => shadow(el).querySelector(`[data-partnership-id="${id}"]`)?.getAttribute('class') ?? '';

async function at(el: FamilyView, date: string | null): Promise<void> {
  if (date === null) el.removeAttribute('as-of');
  else el.setAttribute('as-of', date);
  await el.updateComplete;
}

describe('<family-view> time travel', () => {
  failOnConsoleWarnings();

  it('leaves out people not yet born, and marks a death only after it', async () => {
    const el = await mount(fixtures.blendedFamily, ADMIN);
    el.setAttribute('view', 'genogram');
    expect(shownIds(el)).to.include('m-leo');
    await at(el, '2010-01-01');
    const ids = shownIds(el);
    expect(ids.includes('m-leo')).to.equal(false); // born 2021
    expect(ids.includes('m-ella')).to.equal(false); // born 2012
    expect(ids).to.include('m-aino'); // born 2008
    // Eino died on 2012-12-09: alive (with his age then) before it, deceased after.
    expect(nameOf(el, 'm-eino')).to.include('Eino Korhonen, 78');
    expect(nameOf(el, 'm-eino').includes('deceased')).to.equal(false);
    await at(el, '2013-01-01');
    expect(nameOf(el, 'm-eino')).to.include('deceased');
  });

  it('draws partnerships with the status they had then', async () => {
    const el = await mount(fixtures.blendedFamily, ADMIN);
    el.setAttribute('view', 'genogram');
    await at(el, '1990-01-01');
    expect(coupleClass(el, 'pt-pekka-kristina')).to.include('couple--married');
    expect(shadow(el).querySelector('[data-partnership-id="pt-pekka-tuula"]') === null).to.equal(true);
    await at(el, '1995-01-01');
    expect(coupleClass(el, 'pt-pekka-kristina')).to.include('couple--separated');
    await at(el, null);
    expect(coupleClass(el, 'pt-pekka-kristina')).to.include('couple--divorced');
  });

  it('ignores an invalid date', async () => {
    const el = await mount(fixtures.blendedFamily, ADMIN);
    const before = shownIds(el).length;
    await at(el, '2010-02-30');
    expect(shownIds(el).length).to.equal(before);
  });

  it('never shows a member viewer more than redaction leaves at any date', async () => {
    const viewer = { kind: 'member', member: 'm-zahra' } as const;
    const el = await mount(fixtures.refugeeFamily, viewer);
    const allowed = new Set((el.data?.members ?? []).map((m) => m.id));
    for (const date of ['2000', '2023-03-01', '2024-06', '2025-03-01']) {
      await at(el, date);
      expect(shownIds(el).every((id) => id !== null && allowed.has(id))).to.equal(true);
    }
  });

  it('the overview slider moves by month and year from the keyboard and fires fv-as-of-change', async () => {
    const el = await mount(fixtures.blendedFamily, ADMIN);
    const slider = () => shadow(el).querySelector<HTMLInputElement>('[part="time-slider"] input[type="range"]');
    expect(slider() !== null).to.equal(true);
    expect(slider()!.getAttribute('aria-valuetext')).to.equal('March 1, 2025');
    slider()!.focus();
    let heard = oneEvent(el, 'fv-as-of-change') as Promise<FvAsOfChangeEvent>;
    await sendKeys({ press: 'PageDown' });
    expect((await heard).detail).to.deep.equal({ date: '2024-03-01' });
    await el.updateComplete;
    expect(el.asOf).to.equal('2024-03-01');
    expect(slider()!.getAttribute('aria-valuetext')).to.equal('March 1, 2024');
    heard = oneEvent(el, 'fv-as-of-change') as Promise<FvAsOfChangeEvent>;
    await sendKeys({ press: 'ArrowLeft' });
    expect((await heard).detail).to.deep.equal({ date: '2024-02-01' });
    heard = oneEvent(el, 'fv-as-of-change') as Promise<FvAsOfChangeEvent>;
    await sendKeys({ press: 'Home' });
    const first = (await heard).detail.date;
    await el.updateComplete;
    expect(first < '1935').to.equal(true);
    expect(shownIds(el).includes('m-leo')).to.equal(false);
    // "Back to now" returns to the document's date, from the keyboard too.
    shadow(el).querySelector<HTMLButtonElement>('[part="time-reset"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(shownIds(el)).to.include('m-leo');
    expect(shadow(el).querySelector('[part="time-reset"]') === null).to.equal(true);
    // The button is gone: focus is on the slider, not lost to the page.
    expect(shadow(el).activeElement === slider(), `focus on ${shadow(el).activeElement?.tagName ?? document.activeElement?.tagName}`).to.equal(true);
  });
});
