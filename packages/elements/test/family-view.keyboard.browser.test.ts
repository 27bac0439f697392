/**
 * Every view from the keyboard, with real key presses (`sendKeys`): the element sits
 * between two page buttons, and Tab walks from the one before it to the one after it.
 *
 * - genogram: one tab stop into the drawing (roving tabindex), arrows to the nearest
 *   member that way (checked against where the members are drawn), Home/End, Enter and
 *   Space select, Escape closes the details, the zoom buttons and the table toggle follow;
 * - timeline: its controls, then one stop into the bars; arrows, `+`/`-`, Enter/Space;
 * - overview: slider, genogram and timeline in that order (one slider key as a smoke check);
 * - network and consent: every control is reached by Tab and works with Enter (and Space
 *   for buttons); Tab always leaves the element (no trap);
 * - a visible focus indicator on a member, a bar, a button and a table name.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvAsOfChangeEvent, FvSelectEvent } from '../src/events.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, after, before, describe, failOnConsoleWarnings, it, scaleOf, settle, shadow, viewportTransform } from './helpers.js';

interface Page {
  el: FamilyView;
  first: HTMLButtonElement;
  last: HTMLButtonElement;
}

/** `<family-view>` between two page buttons, settled (fitted, zoom attached). */
async function mountBetween(view: string, data: unknown, viewer: unknown = ADMIN): Promise<Page> {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <button id="first">Before the element</button>
    <family-view view=${view} .viewer=${viewer} .data=${data}></family-view>
    <button id="last">After the element</button>
  </div>`);
  const el = wrap.querySelector<FamilyView>('family-view')!;
  await settle(el);
  return { el, first: wrap.querySelector<HTMLButtonElement>('#first')!, last: wrap.querySelector<HTMLButtonElement>('#last')! };
}

/** What has keyboard focus: inside the element's shadow root, or on the page. */
function focused(page: Page): Element | null {
  return document.activeElement === page.el ? shadow(page.el).activeElement : document.activeElement;
}

async function press(page: Page, key: string): Promise<Element | null> {
  await sendKeys({ press: key });
  await page.el.updateComplete;
  return focused(page);
}

/** Every stop Tab makes from the button before the element to the one after it; fails on a trap. */
async function tabStops(page: Page, max = 400): Promise<Element[]> {
  page.first.focus();
  const stops: Element[] = [];
  for (let i = 0; i < max; i++) {
    const now = await press(page, 'Tab');
    if (now === page.last) return stops;
    if (now === null || now === page.first || now === document.body) throw new Error(`Tab left the element backwards or to nowhere after ${stops.length} stops`);
    stops.push(now);
  }
  throw new Error(`Tab did not leave the element in ${max} presses (a keyboard trap?)`);
}

/** Everything in the element a keyboard user should be able to reach. */
function interactive(el: FamilyView): Element[] {
  return [...shadow(el).querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]')];
}

function label(node: Element | null): string {
  if (!node) return 'nothing';
  return node.getAttribute('data-member-id') ?? node.getAttribute('data-item') ?? node.getAttribute('aria-label') ?? node.textContent?.trim() ?? node.tagName;
}

function selections(el: FamilyView): Array<{ type: string; id: string }> {
  const heard: Array<{ type: string; id: string }> = [];
  el.addEventListener('fv-select', (event) => heard.push({ ...(event as FvSelectEvent).detail }));
  return heard;
}

function hasFocusIndicator(node: Element): boolean {
  const style = getComputedStyle(node);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
}

// ------------------------------------------------------------------ genogram geometry
interface Drawn {
  id: string;
  x: number;
  y: number;
}

/** Where each selectable member is drawn (placeholders carry no id and are skipped). */
function drawnMembers(el: FamilyView): Drawn[] {
  return [...shadow(el).querySelectorAll('svg.genogram [data-member-id]')].map((node) => {
    const match = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '');
    if (!match) throw new Error('a member without a position');
    return { id: node.getAttribute('data-member-id')!, x: Number(match[1]), y: Number(match[2]) };
  });
}

/** The member an arrow key should reach, from the drawing alone: rows by y, nearest by x. */
function expectedTarget(members: readonly Drawn[], fromId: string, key: string): string | undefined {
  const from = members.find((m) => m.id === fromId)!;
  const row = members.filter((m) => Math.abs(m.y - from.y) < 0.5).sort((a, b) => a.x - b.x);
  switch (key) {
    case 'ArrowLeft':
      return row.filter((m) => m.x < from.x).pop()?.id;
    case 'ArrowRight':
      return row.find((m) => m.x > from.x)?.id;
    case 'Home':
      return row[0]?.id;
    case 'End':
      return row[row.length - 1]?.id;
    default: {
      const ys = [...new Set(members.map((m) => m.y))].sort((a, b) => a - b);
      const y = key === 'ArrowUp' ? ys.filter((v) => v < from.y - 0.5).pop() : ys.find((v) => v > from.y + 0.5);
      if (y === undefined) return undefined;
      let best: Drawn | undefined;
      for (const m of members.filter((n) => Math.abs(n.y - y) < 0.5).sort((a, b) => a.x - b.x)) {
        if (!best || Math.abs(m.x - from.x) < Math.abs(best.x - from.x)) best = m;
      }
      return best?.id;
    }
  }
}

function rovingStops(el: FamilyView): string[] {
  return [...shadow(el).querySelectorAll('svg.genogram [data-member-id][tabindex="0"]')].map((n) => n.getAttribute('data-member-id')!);
}

// --------------------------------------------------------------------------- tests
describe('<family-view> from the keyboard', () => {
  failOnConsoleWarnings();
  // Zooms apply at once, so the visible span can be read right after a key.
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('genogram', () => {
    it('is one tab stop (roving tabindex), followed by the zoom buttons and the table toggle', async () => {
      for (const data of [fixtures.refugeeFamily, fixtures.blendedFamily]) {
        const page = await mountBetween('genogram', data);
        const members = drawnMembers(page.el);
        expect(rovingStops(page.el).length, 'one member in the tab order').to.equal(1);
        const others = shadow(page.el).querySelectorAll('svg.genogram [data-member-id][tabindex="-1"]').length;
        expect(others).to.equal(members.length - 1);
        const stops = await tabStops(page);
        const names = stops.map(label);
        // The drawing's group (the <svg>) is no stop of its own: the first stop is the member.
        expect(stops[0]?.getAttribute('data-member-id'), names.join(' | ')).to.equal(rovingStops(page.el)[0]);
        expect(stops.filter((s) => s.closest('svg.genogram') !== null || s.matches('svg')).length, names.join(' | ')).to.equal(1);
        expect(names.slice(1, 8)).to.deep.equal(['Zoom in', 'Zoom out', 'Fit to view', 'Reset', 'Show what is shared', 'Show as table']);
        // Shift+Tab from the zoom buttons comes back to the same member.
        const back = await press(page, 'Shift+Tab');
        expect(label(back)).to.equal('Show as table');
        shadow(page.el).querySelector<HTMLButtonElement>('[part="controls"] button')!.focus();
        expect(label(await press(page, 'Shift+Tab'))).to.equal(rovingStops(page.el)[0]);
      }
    });

    it('arrow keys reach the nearest member that way, Home and End the ends of the row', async () => {
      for (const data of [fixtures.refugeeFamily, fixtures.blendedFamily]) {
        const page = await mountBetween('genogram', data);
        const members = drawnMembers(page.el);
        page.first.focus();
        let at = label(await press(page, 'Tab'));
        const keys = ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'End', 'ArrowDown', 'ArrowDown', 'Home', 'ArrowDown', 'ArrowUp', 'ArrowLeft'];
        let moved = 0;
        for (const key of keys) {
          const expected = expectedTarget(members, at, key) ?? at;
          const now = label(await press(page, key));
          expect(now, `${key} from ${at}`).to.equal(expected);
          if (now !== at) moved++;
          at = now;
          expect(rovingStops(page.el), 'the tab stop moves along').to.deep.equal([at]);
        }
        expect(moved, 'the walk went somewhere').to.be.greaterThan(4);
      }
    });

    it('Enter and Space select (fv-select, details open); Escape closes and keeps focus on the member', async () => {
      const page = await mountBetween('genogram', fixtures.refugeeFamily);
      const heard = selections(page.el);
      const panel = () => shadow(page.el).querySelector('[part="details"]');
      page.first.focus();
      const member = label(await press(page, 'Tab'));
      await press(page, 'Enter');
      expect(heard).to.deep.equal([{ type: 'member', id: member }]);
      expect(panel()?.getAttribute('data-details-member-id')).to.equal(member);
      expect(label(await press(page, 'Escape'))).to.equal(member);
      expect(panel() === null, 'Escape closed the details').to.equal(true);

      const next = label(await press(page, 'ArrowRight'));
      await press(page, 'Space');
      expect(heard[1]).to.deep.equal({ type: 'member', id: next });
      expect(panel()?.getAttribute('data-details-member-id')).to.equal(next);
      // Escape inside the panel closes it too, and focus goes back to the member.
      shadow(page.el).querySelector<HTMLButtonElement>('[part="details-close"]')!.focus();
      const back = await press(page, 'Escape');
      await page.el.updateComplete;
      expect(panel() === null).to.equal(true);
      expect(label(focused(page) ?? back)).to.equal(next);
    });

    it('the zoom buttons work with Enter and Space', async () => {
      const page = await mountBetween('genogram', fixtures.refugeeFamily);
      const fitted = scaleOf(viewportTransform(page.el));
      page.first.focus();
      await press(page, 'Tab'); // the member
      expect(label(await press(page, 'Tab'))).to.equal('Zoom in');
      await press(page, 'Enter');
      expect(scaleOf(viewportTransform(page.el))).to.be.closeTo(fitted * 1.5, 1e-6);
      expect(label(await press(page, 'Tab'))).to.equal('Zoom out');
      await press(page, 'Space');
      await press(page, 'Space');
      expect(scaleOf(viewportTransform(page.el))).to.be.closeTo(fitted / 1.5, 1e-6);
    });

    it('the table toggle: Space shows the table with focus kept, its names select with Enter, Escape closes the details', async () => {
      const page = await mountBetween('genogram', fixtures.refugeeFamily);
      const heard = selections(page.el);
      const toggle = shadow(page.el).querySelector<HTMLButtonElement>('[part~="genogram-table-toggle"]')!;
      toggle.focus();
      const after = await press(page, 'Space');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(after === toggle, 'the toggle keeps focus').to.equal(true);
      expect(shadow(page.el).querySelector('svg.genogram') === null && shadow(page.el).querySelector('[part~="genogram-table"] table') !== null).to.equal(true);
      // Into the table: its scroll region, then the first member's name.
      const region = await press(page, 'Tab');
      expect(region === shadow(page.el).querySelector('[part~="genogram-table"]'), `the table's region, not ${label(region)}`).to.equal(true);
      const name = await press(page, 'Tab');
      const row = name?.closest('tr');
      expect(name?.matches('button.table-select'), label(name)).to.equal(true);
      await press(page, 'Enter');
      expect(heard).to.deep.equal([{ type: 'member', id: row?.getAttribute('data-member-id') }]);
      expect(shadow(page.el).querySelector('[part="details"]') !== null).to.equal(true);
      expect(await press(page, 'Escape')).to.equal(name);
      expect(shadow(page.el).querySelector('[part="details"]') === null, 'Escape closed the details').to.equal(true);
      // Back to the picture with Enter on the toggle, still focused.
      toggle.focus();
      expect(await press(page, 'Enter')).to.equal(toggle);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(page.el).querySelector('svg.genogram') !== null).to.equal(true);
      await tabStops(page); // no trap either way
    });
  });

  describe('timeline', () => {
    /** Pixels per day: the plot is drawn `translate(x 0) scale(pxPerDay 1)`. */
    const plotScale = (el: FamilyView) => Number(/scale\(([-\d.e]+)/.exec(shadow(el).querySelector('g.timeline-plot')?.getAttribute('transform') ?? '')?.[1]);
    const items = (el: FamilyView) => [...shadow(el).querySelectorAll('.timeline-chart [data-item]')];

    it('its controls, then one tab stop into the bars', async () => {
      const page = await mountBetween('timeline', fixtures.refugeeFamily);
      expect(shadow(page.el).querySelectorAll('.timeline-chart [data-item][tabindex="0"]').length).to.equal(1);
      const stops = await tabStops(page);
      const names = stops.map(label);
      expect(names.slice(0, 4), names.join(' | ')).to.deep.equal(['Zoom in', 'Zoom out', 'Show all', 'Show as table']);
      const inChart = stops.filter((s) => s.closest('.timeline-chart') !== null);
      expect(inChart.length, names.join(' | ')).to.equal(1);
      expect(inChart[0]?.hasAttribute('data-item')).to.equal(true);
      expect(items(page.el).length).to.be.greaterThan(10);
    });

    it('arrows walk along a lane and across lanes; + and - zoom; Enter and Space select', async () => {
      const page = await mountBetween('timeline', fixtures.refugeeFamily);
      const heard = selections(page.el);
      const tabStop = shadow(page.el).querySelector<SVGElement>('.timeline-chart [data-item][tabindex="0"]')!;
      tabStop.focus();
      const start = focused(page)!;
      const left = (node: Element | null) => node!.getBoundingClientRect().left;
      const top = (node: Element | null) => node!.getBoundingClientRect().top;
      const right = await press(page, 'ArrowRight');
      expect(right !== start, 'moved along the lane').to.equal(true);
      expect(left(right)).to.be.at.least(left(start) - 0.5);
      expect(Math.abs(top(right) - top(start)) < 40, 'same lane').to.equal(true);
      const down = await press(page, 'ArrowDown');
      expect(top(down)).to.be.greaterThan(top(right));
      const end = await press(page, 'End');
      const home = await press(page, 'Home');
      expect(left(home)).to.be.at.most(left(end));
      expect(await press(page, 'ArrowUp')).to.not.equal(home);
      expect(shadow(page.el).querySelectorAll('.timeline-chart [data-item][tabindex="0"]').length, 'still one stop').to.equal(1);

      const scale = plotScale(page.el);
      await press(page, '+');
      expect(plotScale(page.el)).to.be.closeTo(scale * 1.5, scale * 1e-3);
      await press(page, '-');
      await press(page, '-');
      expect(plotScale(page.el)).to.be.closeTo(scale / 1.5, scale * 1e-3);
      await press(page, '0');
      expect(plotScale(page.el)).to.be.closeTo(scale, scale * 1e-3);

      const bar = shadow(page.el).querySelector<SVGElement>('.timeline-chart [data-service-id]')!;
      bar.focus();
      await press(page, 'Enter');
      expect(heard).to.deep.equal([{ type: 'service', id: bar.getAttribute('data-service-id') }]);
      const other = shadow(page.el).querySelectorAll<SVGElement>('.timeline-chart [data-service-id]')[3]!;
      other.focus();
      await press(page, 'Space');
      expect(heard[1]).to.deep.equal({ type: 'service', id: other.getAttribute('data-service-id') });
    });

    it('the table toggle is reached by Tab, keeps focus and brings the bars back', async () => {
      const page = await mountBetween('timeline', fixtures.refugeeFamily);
      page.first.focus();
      let toggle: Element | null = null;
      for (let i = 0; i < 6 && label(toggle) !== 'Show as table'; i++) toggle = await press(page, 'Tab');
      expect(label(toggle)).to.equal('Show as table');
      expect(await press(page, 'Enter')).to.equal(toggle);
      expect(toggle!.getAttribute('aria-pressed')).to.equal('true');
      expect(shadow(page.el).querySelector('[part~="timeline-table"]') !== null && items(page.el).length === 0).to.equal(true);
      const stops = await tabStops(page);
      // In table mode: the toggle, then each table's region and its names.
      expect(stops.map(label)[0]).to.equal('Show as table');
      expect(stops.some((s) => s.matches('button.table-select'))).to.equal(true);
      (toggle as HTMLButtonElement).focus();
      await press(page, 'Space');
      await settle(page.el);
      expect(items(page.el).length).to.be.greaterThan(10);
      expect(shadow(page.el).querySelectorAll('.timeline-chart [data-item][tabindex="0"]').length).to.equal(1);
    });
  });

  describe('overview', () => {
    it('Tab reaches the slider, then the genogram, then the timeline; the slider moves with a key', async () => {
      const page = await mountBetween('overview', fixtures.refugeeFamily);
      const stops = await tabStops(page);
      const slider = stops.findIndex((s) => s.matches('input[type="range"]'));
      const member = stops.findIndex((s) => s.closest('svg.genogram') !== null);
      const bar = stops.findIndex((s) => s.closest('.timeline-chart') !== null);
      expect(slider, stops.map(label).join(' | ')).to.equal(0);
      expect(member).to.be.greaterThan(slider);
      expect(bar).to.be.greaterThan(member);
      expect(stops.filter((s) => s.closest('svg.genogram') !== null).length, 'one stop in the drawing').to.equal(1);
      expect(stops.filter((s) => s.closest('.timeline-chart') !== null).length, 'one stop in the chart').to.equal(1);

      (stops[slider] as HTMLInputElement).focus();
      const heard = oneEvent(page.el, 'fv-as-of-change') as Promise<FvAsOfChangeEvent>;
      await sendKeys({ press: 'PageDown' });
      expect((await heard).detail).to.deep.equal({ date: '2024-03-01' });
    });
  });

  describe('network and consent', () => {
    /** Presses `keys` on every control, counting the clicks they cause (links do not navigate). */
    async function operateAll(page: Page, controls: readonly Element[]): Promise<void> {
      const clicks = new Map<Element, number>();
      const onClick = (event: Event) => {
        const target = event.composedPath()[0] as Element;
        const control = target.closest('a[href], button');
        if (control) clicks.set(control, (clicks.get(control) ?? 0) + 1);
        if (control?.matches('a[href]')) event.preventDefault();
      };
      const root = shadow(page.el);
      root.addEventListener('click', onClick, true);
      try {
        for (const control of controls) {
          (control as HTMLElement).focus();
          await sendKeys({ press: 'Enter' });
          const keys = control.matches('button') ? 2 : 1;
          if (control.matches('button')) await sendKeys({ press: 'Space' });
          expect(clicks.get(control) ?? 0, `${label(control)}: activated by ${keys === 2 ? 'Enter and Space' : 'Enter'}`).to.equal(keys);
        }
      } finally {
        root.removeEventListener('click', onClick, true);
      }
    }

    for (const [view, viewer] of [
      ['network', ADMIN],
      ['network', { kind: 'member', member: 'm-zahra' }],
      ['consent', ADMIN],
      ['consent', { kind: 'member', member: 'm-maryam' }],
    ] as const) {
      it(`${view}, ${viewer.kind}: every control is reached by Tab and works from the keyboard; Tab leaves`, async function () {
        this.timeout(60000);
        const page = await mountBetween(view, fixtures.refugeeFamily, viewer);
        const controls = interactive(page.el);
        const stops = await tabStops(page);
        const missing = controls.filter((c) => !stops.includes(c)).map(label);
        expect(missing, 'controls Tab never reaches').to.deep.equal([]);
        if (view === 'network') expect(controls.length, 'the network view has controls').to.be.greaterThan(10);
        const heard = selections(page.el);
        await operateAll(page, controls);
        const selectButtons = controls.filter((c) => c.matches('button.network-select')).length;
        // Enter and Space on each name button: two selections each.
        expect(heard.length).to.equal(selectButtons * 2);
      });
    }
  });

  describe('focus stays in sight', () => {
    /** The element with its lower part below the page's fold, the page scrolled to the top. */
    async function belowTheFold(view: string, data: unknown): Promise<Page> {
      const page = await mountBetween(view, data);
      const spacer = document.createElement('div');
      spacer.style.height = `${Math.round(window.innerHeight - page.el.getBoundingClientRect().height / 3)}px`;
      page.first.before(spacer);
      window.scrollTo(0, 0);
      await settle(page.el);
      return page;
    }

    /**
     * Presses each key, checking that what has focus then lies within `view()` (the page's or
     * a scroll box's visible part); returns the labels of what was focused.
     */
    async function walk(page: Page, keys: readonly string[], view: () => { top: number; bottom: number }): Promise<string[]> {
      const seen: string[] = [];
      for (const key of keys) {
        const now = await press(page, key);
        await settle(page.el);
        seen.push(label(now));
        const rect = now!.getBoundingClientRect();
        const { top, bottom } = view();
        expect(rect.top >= top && rect.bottom <= bottom, `${label(now)} after ${key}: ${rect.top}–${rect.bottom} in ${top}–${bottom}`).to.equal(true);
      }
      return seen;
    }

    it('a host scroll container scrolls too, not only the page', async () => {
      const page = await mountBetween('genogram', fixtures.blendedFamily);
      const box = document.createElement('div');
      box.style.cssText = 'height: 300px; overflow: auto';
      const spacer = document.createElement('div');
      spacer.style.height = '260px';
      page.first.parentElement!.before(box);
      box.append(spacer, page.first.parentElement!);
      await settle(page.el);
      page.first.focus();
      await press(page, 'Tab');
      box.scrollTop = 0;
      const seen = await walk(page, ['ArrowUp', 'ArrowDown', 'ArrowUp', 'ArrowDown'], () => box.getBoundingClientRect());
      expect(new Set(seen).size >= 2, `focus moved: ${seen.join(' ')}`).to.equal(true);
      expect(box.scrollTop > 0, 'the box had to scroll').to.equal(true);
    });

    for (const [view, keys] of [
      ['genogram', ['ArrowUp', 'ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowDown']],
      ['timeline', ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']],
    ] as const) {
      it(`${view}: the page scrolls so that what arrow keys reach is on screen`, async () => {
        const page = await belowTheFold(view, fixtures.blendedFamily);
        try {
          page.first.focus();
          await press(page, 'Tab');
          if (view === 'timeline') shadow(page.el).querySelector<SVGElement>('.timeline-chart [data-item][tabindex="0"]')!.focus();
          // Focusing by Tab scrolled the page; the user scrolls back up before moving on.
          window.scrollTo(0, 0);
          const seen = await walk(page, keys, () => ({ top: 0, bottom: window.innerHeight }));
          expect(new Set(seen).size >= 3, `focus moved: ${seen.join(' ')}`).to.equal(true);
          expect(window.scrollY > 0, 'the page had to scroll').to.equal(true);
        } finally {
          window.scrollTo(0, 0);
        }
      });
    }
  });

  describe('visible focus', () => {
    it('a focused member, button and table name show an outline; a focused bar its focus ring', async () => {
      const page = await mountBetween('overview', fixtures.refugeeFamily);
      page.first.focus();
      let now: Element | null = null;
      while (now?.closest('svg.genogram') == null) now = await press(page, 'Tab');
      expect(hasFocusIndicator(now), `member ${label(now)}`).to.equal(true);
      const zoomIn = await press(page, 'Tab');
      expect(label(zoomIn)).to.equal('Zoom in');
      expect(hasFocusIndicator(zoomIn!), 'button').to.equal(true);
      while (now?.closest('.timeline-chart') == null) now = await press(page, 'Tab');
      const ring = shadow(page.el).querySelector('.timeline-chart rect.focus-ring')!;
      const box = ring.getBoundingClientRect();
      expect(ring.getAttribute('visibility')).to.equal('visible');
      expect(box.width > 0 && box.height > 0, 'the ring has a size').to.equal(true);
      expect(parseFloat(getComputedStyle(ring).strokeWidth) > 0 && getComputedStyle(ring).stroke !== 'none', 'the ring is drawn').to.equal(true);
      // The ring goes when focus leaves the chart.
      await press(page, 'Tab');
      expect(ring.getAttribute('visibility')).to.equal('hidden');

      shadow(page.el).querySelector<HTMLButtonElement>('[part~="genogram-table-toggle"]')!.click();
      await settle(page.el);
      shadow(page.el).querySelector<HTMLElement>('[part~="genogram-table"]')!.focus();
      const name = await press(page, 'Tab');
      expect(name?.matches('button.table-select') && hasFocusIndicator(name), 'table name').to.equal(true);
      const region = await press(page, 'Shift+Tab');
      expect(region?.matches('[role="region"]') && hasFocusIndicator(region), 'table region').to.equal(true);
    });
  });
});
