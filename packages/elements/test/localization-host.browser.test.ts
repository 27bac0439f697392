/**
 * A host page that uses `@lit/localize` itself — the very same module copy as the widget's
 * sources here, and a separate copy inside the self-contained bundle — with its own locale
 * module and its own `msg()`-rendered LitElement. `configureLocalization` may run once per
 * module copy, so this file (its own page) configures it once, after a widget has rendered.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges, type LocaleModule } from '@lit/localize';
import { templates as fiTemplates } from '../src/locales/fi.js';
import { templates as svTemplates } from '../src/locales/sv.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, coupleWithChild, describe, failOnConsoleErrors, failOnConsoleWarnings, it, shadow } from './helpers.js';

/** The host's German catalogue; it even reuses one of the widget's ids, which must not leak into the widget. */
const HOST_GERMAN: LocaleModule = { templates: { 'host.greeting': 'Hallo, Welt', 'genogram.zoom-in': 'VOM HOST' } };

class HostGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    return html`<p>${msg('Hello, world', { id: 'host.greeting' })}</p>
      <p>${msg('Zoom in', { id: 'genogram.zoom-in' })}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

const ZOOM_IN_EN = 'Zoom in';
function translatedZoomIn(templates: Record<string, unknown>): string {
  const text = templates['genogram.zoom-in'];
  if (typeof text !== 'string' || text === ZOOM_IN_EN) throw new Error('genogram.zoom-in is not translated yet');
  return text;
}
const family = () => coupleWithChild([{ status: 'married', start: '2005' }]);
const zoomInLabel = (el: Element): string => el.shadowRoot?.querySelector('[part="controls"] button')?.textContent?.trim() ?? '';
const hostTexts = (el: HostGreeting): string[] => [...(el.shadowRoot?.querySelectorAll('p') ?? [])].map((p) => p.textContent?.trim() ?? '');

async function widget(tag: string, lang: string): Promise<FamilyView> {
  const el = document.createElement(tag) as FamilyView;
  el.setAttribute('view', 'genogram');
  el.setAttribute('lang', lang);
  el.viewer = ADMIN;
  el.data = family();
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.append(el);
  await el.updateComplete;
  return el;
}

describe('localisation next to a host that uses @lit/localize', () => {
  failOnConsoleWarnings();
  failOnConsoleErrors();

  it('each keeps its own language, before and after the host configures and switches', async () => {
    // The widget renders before the host has configured anything.
    const before = await widget('family-view', 'fi');
    expect(zoomInLabel(before)).to.equal(translatedZoomIn(fiTemplates));

    const { getLocale, setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => HOST_GERMAN,
    });
    const greeting = await fixture<HostGreeting>(html`<host-greeting></host-greeting>`);
    expect(hostTexts(greeting)).to.deep.equal(['Hello, world', 'Zoom in']);

    await setLocale('de');
    expect(getLocale()).to.equal('de');
    await waitUntil(() => hostTexts(greeting)[0] === 'Hallo, Welt', 'the host element follows the host locale');
    expect(hostTexts(greeting)).to.deep.equal(['Hallo, Welt', 'VOM HOST']);

    // The widget, re-rendered after the host switched, and new widgets: their own lang only.
    before.lang = 'sv';
    await before.updateComplete;
    expect(zoomInLabel(before)).to.equal(translatedZoomIn(svTemplates));
    const english = await widget('family-view', 'en');
    expect(zoomInLabel(english), "the host's catalogue never reaches the widget").to.equal(ZOOM_IN_EN);
    const finnish = await widget('family-view', 'fi');
    expect(zoomInLabel(finnish)).to.equal(translatedZoomIn(fiTemplates));

    // The widget re-rendering in between leaves the host's locale alone.
    expect(getLocale()).to.equal('de');
    greeting.requestUpdate();
    await greeting.updateComplete;
    expect(hostTexts(greeting)).to.deep.equal(['Hallo, Welt', 'VOM HOST']);

    await setLocale('en');
    await waitUntil(() => hostTexts(greeting)[0] === 'Hello, world', 'the host element follows the host back to English');
    expect(zoomInLabel(finnish)).to.equal(translatedZoomIn(fiTemplates));
    expect(zoomInLabel(before)).to.equal(translatedZoomIn(svTemplates));
  });

  it('the self-contained bundle (its own @lit/localize copy) also keeps its own language', async function () {
    this.timeout(20000);
    const url = new URL('../dist/family-view.bundle.js', import.meta.url).href;
    const response = await fetch(url, { method: 'HEAD' });
    if (!response.ok) throw new Error('no dist/family-view.bundle.js: run `npm run build` first');
    const bundle = (await import(/* @vite-ignore */ url)) as { FamilyView: CustomElementConstructor };
    // `family-view` is the sources' element already: the bundle's class goes under another name.
    if (!customElements.get('bundled-family-view')) customElements.define('bundled-family-view', bundle.FamilyView);

    const finnish = await widget('bundled-family-view', 'fi');
    const swedish = await widget('bundled-family-view', 'sv');
    expect([zoomInLabel(finnish), zoomInLabel(swedish)]).to.deep.equal([translatedZoomIn(fiTemplates), translatedZoomIn(svTemplates)]);
    const greeting = await fixture<HostGreeting>(html`<host-greeting></host-greeting>`);
    expect(hostTexts(greeting)[0]).to.equal('Hello, world');
    finnish.lang = 'en';
    await finnish.updateComplete;
    expect(zoomInLabel(finnish)).to.equal(ZOOM_IN_EN);
    expect(shadow(swedish).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('sv');
  });
});
