/**
 * Theming in the browser: the tokens reach the element and a host's token wins; the dark
 * scheme and the `theme` attribute; forced colours; reduced motion. Media features are
 * emulated through Playwright (`emulateMedia`), so these run in Chromium only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { tokenNamed, type PublicToken } from '../src/theme/tokens.js';
import { afterEach, describe, failOnConsoleWarnings, it, mount, scaleOf, shadow, viewportTransform } from './helpers.js';

/** `#rrggbb` as the browser computes it. */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${value >> 16}, ${(value >> 8) & 0xff}, ${value & 0xff})`;
}

const light = (name: PublicToken) => rgb(tokenNamed(name).light);
const dark = (name: PublicToken) => rgb(tokenNamed(name).dark);

/** What a system colour resolves to right now (forced colours change it). */
function systemColor(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

function hostBackground(el: FamilyView): string {
  return getComputedStyle(el).backgroundColor;
}

function part<T extends Element>(el: FamilyView, selector: string): T {
  const node = shadow(el).querySelector<T>(selector);
  if (!node) throw new Error(`nothing matches ${selector}`);
  return node;
}

function zoomButton(el: FamilyView, text: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe('<family-view> theming', () => {
  failOnConsoleWarnings();
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  describe('tokens', () => {
    it('draws with the light defaults of the token module', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const el = await mount(fixtures.refugeeFamily);
      expect(hostBackground(el)).to.equal(light('--fv-background'));
      expect(getComputedStyle(el).color).to.equal(light('--fv-text-color'));
      const symbol = part<SVGGElement>(el, '[part="member"]');
      expect(getComputedStyle(symbol).color).to.equal(light('--fv-symbol-stroke'));
    });

    it('lets a host set a token on the element or on an ancestor', async () => {
      const style = document.createElement('style');
      style.textContent = 'family-view.themed { --fv-background: rgb(1, 2, 3); } .themed-ancestor { --fv-text-color: rgb(4, 5, 6); }';
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div class="themed-ancestor">
          <family-view class="themed" .viewer=${{ kind: 'admin' }} .data=${fixtures.refugeeFamily}></family-view>
        </div>`);
        const el = wrapper.querySelector<FamilyView>('family-view')!;
        await el.updateComplete;
        expect(hostBackground(el)).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(el).color).to.equal('rgb(4, 5, 6)');
        // A host's token wins in the dark scheme too.
        await emulateMedia({ colorScheme: 'dark' });
        expect(hostBackground(el)).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('colours each timeline bar by its sector token', async () => {
      const el = await mount(fixtures.refugeeFamily);
      el.view = 'timeline';
      await el.updateComplete;
      const bar = part<SVGPathElement>(el, '.bars.bars--active.sector--social');
      expect(getComputedStyle(bar).fill).to.equal(light('--fv-sector-social'));
    });
  });

  describe('dark scheme and the theme attribute', () => {
    it('reflects theme, "auto" by default', async () => {
      const el = await mount(fixtures.refugeeFamily);
      expect(el.theme).to.equal('auto');
      expect(el.getAttribute('theme')).to.equal('auto');
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
    });

    it('follows prefers-color-scheme when auto', async () => {
      const el = await mount(fixtures.refugeeFamily);
      expect(hostBackground(el)).to.equal(light('--fv-background'));
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      await emulateMedia({ colorScheme: 'dark' });
      expect(hostBackground(el)).to.equal(dark('--fv-background'));
      expect(getComputedStyle(el).color).to.equal(dark('--fv-text-color'));
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      const symbol = part<SVGGElement>(el, '[part="member"]');
      expect(getComputedStyle(symbol).color).to.equal(dark('--fv-symbol-stroke'));
    });

    it('theme="dark" overrides a light media preference', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const el = await mount(fixtures.refugeeFamily);
      el.theme = 'dark';
      await el.updateComplete;
      expect(hostBackground(el)).to.equal(dark('--fv-background'));
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });

    it('theme="light" overrides a dark media preference', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount(fixtures.refugeeFamily);
      expect(hostBackground(el)).to.equal(dark('--fv-background'));
      el.setAttribute('theme', 'light');
      await el.updateComplete;
      expect(hostBackground(el)).to.equal(light('--fv-background'));
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('an unknown theme counts as auto', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount(fixtures.refugeeFamily);
      el.setAttribute('theme', 'sepia');
      await el.updateComplete;
      expect(hostBackground(el)).to.equal(dark('--fv-background'));
    });
  });

  describe('forced colours', () => {
    it('draws symbols, lines and bars in system colours, not the sector colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await mount(fixtures.refugeeFamily);
      const canvasText = systemColor('CanvasText');
      const canvas = systemColor('Canvas');
      const symbol = part<SVGGElement>(el, '[part="member"]');
      expect(getComputedStyle(symbol).color).to.equal(canvasText);
      const line = part<SVGPathElement>(el, '.parentage');
      expect(getComputedStyle(line).stroke).to.equal(canvasText);

      el.view = 'timeline';
      await el.updateComplete;
      const bar = part<SVGPathElement>(el, '.bars.bars--active.sector--social');
      expect(getComputedStyle(bar).fill).to.equal(canvasText);
      expect(getComputedStyle(bar).fill).not.to.equal(light('--fv-sector-social'));
      // Sectors stay apart by their letters, drawn in Canvas on the CanvasText bar.
      const letter = part<SVGTextElement>(el, '.sector-letter');
      expect(getComputedStyle(letter).fill).to.equal(canvas);
      expect((letter.textContent ?? '').trim().length).to.be.greaterThan(0);
      expect(getComputedStyle(part(el, '.focus-ring')).stroke).to.equal(systemColor('Highlight'));
    });

    it('ignores the host’s colours: the user’s palette wins', async () => {
      const style = document.createElement('style');
      style.textContent = 'family-view.forced { --fv-sector-social: rgb(9, 9, 9); --fv-background: rgb(250, 0, 0); }';
      document.head.append(style);
      try {
        await emulateMedia({ forcedColors: 'active' });
        const el = await fixture<FamilyView>(html`<family-view class="forced" view="timeline" .viewer=${{ kind: 'admin' }} .data=${fixtures.refugeeFamily}></family-view>`);
        await el.updateComplete;
        const bar = part<SVGPathElement>(el, '.bars.bars--active.sector--social');
        expect(getComputedStyle(bar).fill).to.equal(systemColor('CanvasText'));
        const scroll = part<HTMLElement>(el, '.timeline-scroll');
        expect(getComputedStyle(scroll).backgroundColor).not.to.equal('rgb(250, 0, 0)');
      } finally {
        style.remove();
      }
    });

    it('keeps the keyboard focus visible in Highlight', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await mount(fixtures.refugeeFamily);
      const member = part<SVGGElement>(el, '[part="member"][tabindex="0"]');
      member.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(member);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.equal(systemColor('Highlight'));
    });
  });

  describe('reduced motion', () => {
    it('has transitions that become instant when motion is reduced', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await mount(fixtures.refugeeFamily);
      const durations = () =>
        [...shadow(el).querySelectorAll<HTMLElement>('button')].map((b) => getComputedStyle(b).transitionDuration.split(',').map((d) => parseFloat(d)));
      expect(durations().flat().some((d) => d > 0), 'some button transitions when motion is allowed').to.equal(true);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(durations().flat().every((d) => d === 0), 'every transition is 0s under reduced motion').to.equal(true);
    });

    it('zooms without animating when motion is reduced', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount(fixtures.refugeeFamily);
      const before = scaleOf(viewportTransform(el));
      zoomButton(el, 'Zoom in').click();
      // At once: no frame passes between the click and the new transform.
      expect(scaleOf(viewportTransform(el))).to.be.closeTo(before * 1.5, 1e-6);
    });
  });
});
