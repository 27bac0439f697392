import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { ensureLocalization, resolveLanguage, toSupportedLocale } from '../src/localization.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { describe, failOnConsoleWarnings, it, shadow } from './helpers.js';

describe('localisation', () => {
  failOnConsoleWarnings();

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
    expect(shadow(el).querySelector('[part="base"]')?.getAttribute('data-locale')).to.equal('fi');

    const host = await fixture<HTMLDivElement>(html`<div lang="fi-FI"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('family-view') as FamilyView;
    root.append(inner);
    expect(resolveLanguage(inner)).to.equal('fi');
  });

  it('leaves a host that configured @lit/localize first alone, and never throws', () => {
    // Same module copy as ours: the host wins, our strings stay English.
    const host = configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({ templates: {} }) });
    expect(ensureLocalization()).to.equal(null);
    expect(ensureLocalization()).to.equal(null);
    expect(host.getLocale()).to.equal('en');
  });
});
