/**
 * Layout that answers to the host: reflow at 360 px (a phone) and at 640 px (a 1280 px
 * screen at 200 % zoom, WCAG 1.4.10), and right-to-left writing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { after, describe, failOnConsoleWarnings, it, mount, shadow } from './helpers.js';

const VIEWS = ['overview', 'genogram', 'timeline', 'network', 'consent'] as const;

function rect(node: Element): DOMRect {
  return node.getBoundingClientRect();
}

function the<T extends Element>(el: FamilyView, selector: string): T {
  const node = shadow(el).querySelector<T>(selector);
  if (!node) throw new Error(`nothing matches ${selector}`);
  return node;
}

/** Inside a box that clips or scrolls (an SVG drawing, a scrolling region): its own business. */
function insideClippingBox(node: Element, root: ShadowRoot): boolean {
  if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) return true;
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (parent.getRootNode() !== root) break;
    if (parent instanceof SVGSVGElement) return true;
    if (getComputedStyle(parent).overflowX !== 'visible') return true;
  }
  return false;
}

/** Elements that reach past the element's right or left edge, outside any clipping or scrolling box. */
function sticksOut(el: FamilyView): string[] {
  const root = shadow(el);
  const box = rect(el);
  const out: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const r = rect(node);
    if (r.width === 0 || insideClippingBox(node, root)) continue;
    if (r.right > box.right + 1 || r.left < box.left - 1) out.push(`${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}`);
  }
  return out;
}

/** Scrolling regions that scroll sideways but cannot be reached from the keyboard. */
function unreachableScrollers(el: FamilyView): string[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((node) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowX) && node.scrollWidth > node.clientWidth + 1)
    .filter((node) => node.tabIndex < 0 && !node.querySelector('[tabindex="0"], button, a[href], input'))
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

/** Buttons whose label does not fit them. */
function clippedButtons(el: FamilyView): string[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button')]
    .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
    .map((b) => (b.textContent ?? '').trim());
}

/**
 * Buttons smaller than 24 × 24 CSS px (WCAG 2.5.8, target size minimum). The exceptions
 * (spacing, inline in a sentence) would need judging case by case: none is claimed.
 */
function smallButtons(el: FamilyView): string[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button')]
    .filter((b) => {
      const r = rect(b);
      return r.width > 0 && (r.height < 24 || r.width < 24);
    })
    .map((b) => `${(b.textContent ?? '').trim()} (${Math.round(rect(b).width)} × ${Math.round(rect(b).height)})`);
}

async function openDetails(el: FamilyView): Promise<void> {
  const member = the<SVGGElement>(el, '[part="member"][data-member-id]');
  member.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<family-view> layout', () => {
  failOnConsoleWarnings();
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const width of [360, 640]) {
    describe(`at ${width} px`, () => {
      for (const view of VIEWS) {
        it(`${view}: nothing scrolls the page sideways, buttons fit their labels and are at least 24 px`, async () => {
          await setViewport({ width, height: 800 });
          await emulateMedia({ reducedMotion: 'reduce' });
          const el = await mount(fixtures.blendedFamily);
          el.view = view;
          await el.updateComplete;
          if (view === 'overview' || view === 'genogram') await openDetails(el);
          expect(el.scrollWidth, 'the element does not scroll sideways').to.be.at.most(el.clientWidth + 1);
          expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth + 1);
          expect(sticksOut(el)).to.deep.equal([]);
          expect(unreachableScrollers(el)).to.deep.equal([]);
          expect(clippedButtons(el)).to.deep.equal([]);
          expect(smallButtons(el)).to.deep.equal([]);
        });
      }

      it('overview: slider, genogram, details and timeline stack one under another, full width', async () => {
        await setViewport({ width, height: 800 });
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await mount(fixtures.blendedFamily);
        await openDetails(el);
        const host = rect(el);
        const blocks = ['[part="time-slider"]', '[part="stage"]', '[part="details"]', '[part="timeline"]'].map((selector) => rect(the(el, selector)));
        for (const block of blocks) expect(block.width, 'each block takes the full width').to.be.at.least(host.width * 0.9);
        const byTop = [...blocks].sort((a, b) => a.top - b.top);
        for (let i = 1; i < byTop.length; i++) expect(byTop[i]!.top, 'no block beside another').to.be.at.least(byTop[i - 1]!.bottom - 1);
      });
    });
  }

  it('at 360 px the zoom buttons wrap in a bar under the drawing, inside the stage', async () => {
    await setViewport({ width: 360, height: 800 });
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fixtures.blendedFamily);
    const stage = rect(the(el, '[part="stage"]'));
    const drawing = rect(the(el, '[part="genogram"]'));
    const buttons = [...shadow(el).querySelectorAll('[part="controls"] button')].map(rect);
    expect(new Set(buttons.map((b) => Math.round(b.top))).size, 'the buttons take more than one row').to.be.greaterThan(1);
    for (const b of buttons) {
      expect(b.left).to.be.at.least(stage.left - 1);
      expect(b.right).to.be.at.most(stage.right + 1);
      expect(b.top, 'under the drawing, not over it').to.be.at.least(drawing.bottom - 1);
    }
    expect(drawing.height, 'the drawing keeps most of the stage').to.be.greaterThan(stage.height / 2);
  });

  describe('right to left', () => {
    async function mountRtl(view: string): Promise<FamilyView> {
      await setViewport({ width: 900, height: 800 });
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl">
        <family-view view=${view} .viewer=${{ kind: 'admin' }} .data=${fixtures.blendedFamily}></family-view>
      </div>`);
      const el = wrapper.querySelector<FamilyView>('family-view')!;
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return el;
    }

    it('mirrors the control bars: the first button is on the right', async () => {
      const el = await mountRtl('overview');
      for (const bar of ['[part="controls"]', '[part="timeline-controls"]']) {
        const buttons = [...shadow(el).querySelectorAll(`${bar} button`)].map(rect);
        expect(buttons.length, `${bar} has buttons`).to.be.greaterThan(1);
        expect(buttons[0]!.right, `${bar}: first button right of the second`).to.be.greaterThan(buttons[1]!.right);
      }
      // The time slider is a time axis too: it keeps running left to right.
      expect(getComputedStyle(the(el, '[part="time-slider"] input[type="range"]')).direction).to.equal('ltr');
      // The genogram's buttons sit at the inline end, now the left.
      const stage = rect(the(el, '[part="stage"]'));
      const controls = rect(the(el, '[part="controls"]'));
      expect(controls.left - stage.left).to.be.lessThan(stage.right - controls.right);
    });

    it('mirrors the details panel: the heading starts on the right, the close button on the left', async () => {
      const el = await mountRtl('genogram');
      await openDetails(el);
      const heading = rect(the(el, '.details-heading'));
      const close = rect(the(el, '[part="details-close"]'));
      expect(heading.right).to.be.greaterThan(close.right);
    });

    it('keeps time running left to right: the earliest tick is on the left, lane names at the left gutter', async () => {
      const el = await mountRtl('timeline');
      const ticks = [...shadow(el).querySelectorAll<SVGGElement>('.axis .tick')].map((tick) => ({
        time: (Reflect.get(tick, '__data__') as Date).getTime(),
        left: rect(tick).left,
      }));
      expect(ticks.length).to.be.greaterThan(2);
      const earliest = ticks.reduce((a, b) => (b.time < a.time ? b : a));
      const latest = ticks.reduce((a, b) => (b.time > a.time ? b : a));
      expect(earliest.left).to.be.lessThan(latest.left);
      const chart = rect(the(el, '[part="timeline-chart"]'));
      const laneName = rect(the(el, '.lane-name'));
      expect(laneName.left - chart.left).to.be.lessThan(20);
      // The drawing keeps ltr; the section around it (buttons, card, legend) mirrors.
      expect(getComputedStyle(the(el, '.timeline-chart')).direction).to.equal('ltr');
      expect(getComputedStyle(the(el, '[part="timeline"]')).direction).to.equal('rtl');
    });

    it('does not mirror the genogram: members stand where they stand left to right', async () => {
      const positions = async (dir: 'ltr' | 'rtl') => {
        const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}>
          <family-view view="genogram" .viewer=${{ kind: 'admin' }} .data=${fixtures.blendedFamily}></family-view>
        </div>`);
        const el = wrapper.querySelector<FamilyView>('family-view')!;
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const svgLeft = rect(the(el, '[part="genogram"]')).left;
        return [...shadow(el).querySelectorAll('[data-member-id]')].map((m) => [m.getAttribute('data-member-id'), Math.round(rect(m).left - svgLeft)]);
      };
      await setViewport({ width: 900, height: 800 });
      await emulateMedia({ reducedMotion: 'reduce' });
      const ltr = await positions('ltr');
      const rtl = await positions('rtl');
      expect(rtl).to.deep.equal(ltr);
    });
  });
});
