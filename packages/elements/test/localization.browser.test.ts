import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { msg, resolveLanguage, str, toSupportedLocale, withLocale, currentLocale } from '../src/localization.js';
import { templates as fiTemplates } from '../src/locales/fi.js';
import { templates as svTemplates } from '../src/locales/sv.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, afterEach, beforeEach, coupleWithChild, describe, failOnConsoleWarnings, familyDocument, it, person, shadow } from './helpers.js';

/**
 * Tests rely on these translations: each must exist and differ from English, or the test
 * fails (a missing unit is English in the generated module, never skipped).
 */
const ZOOM_IN = { id: 'genogram.zoom-in', en: 'Zoom in' } as const;
const REQUIRED = { id: 'validation.required', en: '`/members/0/name` is required but missing.' } as const;

function translated(templates: Record<string, unknown>, id: string, english: string): string {
  const text = templates[id];
  if (typeof text !== 'string') throw new Error(`no plain translation for ${id}`);
  if (text === english) throw new Error(`${id} is not translated yet (it is the English source)`);
  return text;
}
const FI_ZOOM_IN = (): string => translated(fiTemplates, ZOOM_IN.id, ZOOM_IN.en);
const SV_ZOOM_IN = (): string => translated(svTemplates, ZOOM_IN.id, ZOOM_IN.en);

const family = () => coupleWithChild([{ status: 'married', start: '2005' }]);

/** The genogram's zoom-in button label: the first button in the controls. */
function zoomInLabel(el: FamilyView): string {
  return shadow(el).querySelector('[part="controls"] button')?.textContent?.trim() ?? '';
}

async function widget(lang?: string): Promise<FamilyView> {
  const el = await fixture<FamilyView>(html`<family-view view="genogram" .viewer=${ADMIN} .data=${family()} lang=${lang ?? ''}></family-view>`);
  if (!lang) el.removeAttribute('lang');
  await el.updateComplete;
  return el;
}

describe('localisation', () => {
  failOnConsoleWarnings();

  // The page's own <html lang> would make "no lang anywhere" untestable: remove it meanwhile.
  let pageLang: string | null = null;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('maps language tags to supported locales, English otherwise', () => {
    expect(toSupportedLocale('fi-FI')).to.equal('fi');
    expect(toSupportedLocale('SV_se')).to.equal('sv');
    expect(toSupportedLocale('de')).to.equal('en');
    expect(toSupportedLocale('')).to.equal('en');
    expect(toSupportedLocale(undefined)).to.equal('en');
  });

  it('takes the element lang, else the nearest ancestor lang across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="sv"><family-view></family-view></div>`);
    const el = outer.querySelector('family-view')!;
    expect(resolveLanguage(el)).to.equal('sv');
    el.setAttribute('lang', 'fi');
    await el.updateComplete;
    expect(resolveLanguage(el)).to.equal('fi');
    const base = shadow(el).querySelector('[part="base"]');
    expect(base?.getAttribute('data-locale')).to.equal('fi');
    expect(base?.getAttribute('lang'), 'screen readers read the shadow tree as Finnish').to.equal('fi');

    const host = await fixture<HTMLDivElement>(html`<div lang="fi-FI"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('family-view') as FamilyView;
    root.append(inner);
    expect(resolveLanguage(inner)).to.equal('fi');
  });

  it('msg() is English outside withLocale, the translation inside, and nesting restores the outer language', () => {
    const zoomIn = () => msg('Zoom in', { id: 'genogram.zoom-in' });
    expect(zoomIn()).to.equal('Zoom in');
    expect(currentLocale()).to.equal('en');
    const seen = withLocale('fi', () => {
      const outer = zoomIn();
      const inner = withLocale('sv', () => [zoomIn(), currentLocale()]);
      return [outer, ...inner, zoomIn(), currentLocale()];
    });
    expect(seen).to.deep.equal([FI_ZOOM_IN(), SV_ZOOM_IN(), 'sv', FI_ZOOM_IN(), 'fi']);
    expect(zoomIn()).to.equal('Zoom in');
    expect(() =>
      withLocale('fi', () => {
        throw new Error('boom');
      }),
    ).to.throw('boom');
    expect(zoomIn(), 'a throwing callback still restores English').to.equal('Zoom in');
    expect(currentLocale()).to.equal('en');
  });

  it('msg() joins str values into the translation, and falls back to English for an unknown id', () => {
    const name = 'Xyzzy Q';
    const english = msg(str`Given by ${name}`, { id: 'consent.granted-by' });
    expect(english).to.equal('Given by Xyzzy Q');
    const finnish = withLocale('fi', () => msg(str`Given by ${name}`, { id: 'consent.granted-by' }));
    expect(finnish).to.include(name);
    expect(finnish, 'consent.granted-by must be translated to Finnish').not.to.equal(english);
    expect(withLocale('fi', () => msg('Not a message of ours', { id: 'no.such.message' }))).to.equal('Not a message of ours');
    const count = 3;
    expect(withLocale('sv', () => msg(str`${count} things`, { id: 'no.such.message' }))).to.equal('3 things');
  });

  it('speaks its own lang, else the nearest ancestor lang, else English', async () => {
    const fi = await widget('fi');
    expect(zoomInLabel(fi)).to.equal(FI_ZOOM_IN());

    const outer = await fixture<HTMLDivElement>(html`<div lang="sv"><family-view view="genogram"></family-view></div>`);
    const inherited = outer.querySelector('family-view')!;
    inherited.viewer = ADMIN;
    inherited.data = family();
    await inherited.updateComplete;
    expect(zoomInLabel(inherited)).to.equal(SV_ZOOM_IN());

    const plain = await widget();
    expect(zoomInLabel(plain)).to.equal('Zoom in');
    expect(shadow(plain).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('en');
  });

  it('re-renders when its own lang changes at run time', async () => {
    const el = await widget('fi');
    expect(zoomInLabel(el)).to.equal(FI_ZOOM_IN());
    el.lang = 'sv';
    await el.updateComplete;
    expect(zoomInLabel(el)).to.equal(SV_ZOOM_IN());
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(zoomInLabel(el)).to.equal('Zoom in');
  });

  it("re-renders when an ancestor's lang changes, in the document and inside a shadow root", async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fi"><section><family-view view="genogram"></family-view></section></div>`);
    const el = outer.querySelector('family-view')!;
    el.viewer = ADMIN;
    el.data = family();
    await el.updateComplete;
    expect(zoomInLabel(el)).to.equal(FI_ZOOM_IN());
    outer.setAttribute('lang', 'sv');
    await waitUntil(() => zoomInLabel(el) === SV_ZOOM_IN(), 'the widget follows the ancestor to Swedish');
    document.documentElement.setAttribute('lang', 'fi');
    outer.removeAttribute('lang');
    await waitUntil(() => zoomInLabel(el) === FI_ZOOM_IN(), 'the widget follows <html lang> to Finnish');

    // Inside another component's shadow root: an ancestor there changes its lang.
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.lang = 'sv';
    const nested = document.createElement('family-view') as FamilyView;
    nested.setAttribute('view', 'genogram');
    nested.viewer = ADMIN;
    nested.data = family();
    wrapper.append(nested);
    root.append(wrapper);
    await nested.updateComplete;
    expect(zoomInLabel(nested)).to.equal(SV_ZOOM_IN());
    wrapper.lang = 'en';
    await waitUntil(() => zoomInLabel(nested) === 'Zoom in', 'the widget follows a shadow-root ancestor to English');
  });

  it('does not re-render for a lang change that leaves its language as it is', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fi"><family-view view="genogram" lang="sv"></family-view></div>`);
    const el = outer.querySelector('family-view')!;
    el.viewer = ADMIN;
    el.data = family();
    await el.updateComplete;
    let updates = 0;
    type Updating = { performUpdate(this: Updating): void };
    const counted = el as unknown as Updating;
    const original = Object.getPrototypeOf(el) as Updating;
    counted.performUpdate = function () {
      updates += 1;
      original.performUpdate.call(this);
    };
    outer.setAttribute('lang', 'en'); // the widget's own lang still wins
    await nextFrame();
    await nextFrame();
    expect(updates).to.equal(0);
    expect(zoomInLabel(el)).to.equal(SV_ZOOM_IN());
  });

  it('shows two widgets in two languages at the same time', async () => {
    const pair = await fixture<HTMLDivElement>(
      html`<div>
        <family-view view="genogram" lang="fi" .viewer=${ADMIN} .data=${family()}></family-view>
        <family-view view="genogram" lang="sv" .viewer=${ADMIN} .data=${family()}></family-view>
      </div>`,
    );
    const [fi, sv] = [...pair.querySelectorAll('family-view')];
    await fi!.updateComplete;
    await sv!.updateComplete;
    expect([zoomInLabel(fi!), zoomInLabel(sv!)]).to.deep.equal([FI_ZOOM_IN(), SV_ZOOM_IN()]);
    // A re-render of one leaves the other in its own language.
    fi!.view = 'overview';
    await fi!.updateComplete;
    expect([zoomInLabel(fi!), zoomInLabel(sv!)]).to.deep.equal([FI_ZOOM_IN(), SV_ZOOM_IN()]);
  });

  it('writes validation errors in its language, JSON Pointer kept, and anew when the language changes', async () => {
    const invalid = { schemaVersion: '1.0', members: [{ id: 'anna', gender: 'female' }] };
    const messageOf = (el: FamilyView) => shadow(el).querySelector('.error-message')?.textContent?.trim() ?? '';
    const english = await fixture<FamilyView>(html`<family-view lang="en" .viewer=${ADMIN} .data=${invalid}></family-view>`);
    expect(messageOf(english)).to.equal(REQUIRED.en);

    const reported: string[] = [];
    const el = await fixture<FamilyView>(
      html`<family-view
        lang="fi"
        .viewer=${ADMIN}
        .data=${invalid}
        @fv-invalid=${(e: CustomEvent<{ errors: { message: string }[] }>) => reported.push(...e.detail.errors.map((x) => x.message))}
      ></family-view>`,
    );
    await el.updateComplete;
    await waitUntil(() => reported.length > 0, 'fv-invalid fired');
    const finnish = messageOf(el);
    expect(finnish).to.include('`/members/0/name`');
    expect(finnish, `${REQUIRED.id} must be translated to Finnish`).not.to.equal(REQUIRED.en);
    expect(reported).to.deep.equal([finnish]);

    el.lang = 'en';
    await el.updateComplete;
    expect(messageOf(el)).to.equal(REQUIRED.en);
    await nextFrame();
    expect(reported, 'fv-invalid fires once per document, not per language').to.have.length(1);
  });

  it('writes a load failure in the language of the moment it is shown', async () => {
    const url = '/no-such-family-document.json';
    const el = await fixture<FamilyView>(html`<family-view lang="sv" .viewer=${ADMIN} src=${url}></family-view>`);
    await waitUntil(() => shadow(el).querySelector('.error-message'), 'the load fails');
    const messageOf = () => shadow(el).querySelector('.error-message')?.textContent?.trim() ?? '';
    const swedish = messageOf();
    expect(swedish).to.include(url);
    el.lang = 'en';
    await el.updateComplete;
    expect(messageOf()).to.equal(`The family document could not be loaded from ${url} (HTTP status 404).`);
    expect(swedish, 'error.fetch-status must be translated to Swedish').not.to.equal(messageOf());
  });

  it('formats dates in its language (the time slider)', async () => {
    const documentWithDates = familyDocument({ members: [person('anna', 'female', { birthDate: '1980-03-01' })] });
    const sliderText = async (lang: string) => {
      const el = await fixture<FamilyView>(html`<family-view lang=${lang} .viewer=${ADMIN} .data=${documentWithDates}></family-view>`);
      await el.updateComplete;
      return shadow(el).querySelector('output.time-slider-value')?.textContent?.trim() ?? '';
    };
    const [en, fi, sv] = [await sliderText('en'), await sliderText('fi'), await sliderText('sv')];
    expect(en, 'the slider shows a date').to.match(/2025/);
    expect(new Set([en, fi, sv]).size, `three languages, three forms: ${en} | ${fi} | ${sv}`).to.equal(3);
  });
});
