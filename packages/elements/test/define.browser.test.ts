import { expect } from '@open-wc/testing';
import { FamilyView } from '../src/index.js';
import { defineElements } from '../src/define.js';
import { describe, failOnConsoleWarnings, it } from './helpers.js';

describe('element registration', () => {
  failOnConsoleWarnings();

  it('defines <family-view> on import', () => {
    expect(customElements.get('family-view')).to.equal(FamilyView);
    expect(document.createElement('family-view')).to.be.instanceOf(FamilyView);
  });

  it('is harmless to define again, and from a second copy of the module graph', async () => {
    expect(() => defineElements()).to.not.throw();
    // A query string makes the dev server hand out a separate module copy: a second bundle.
    const copy = (await import(/* @vite-ignore */ `../src/define.ts?copy=${Date.now()}`)) as typeof import('../src/define.js');
    expect(() => copy.defineElements()).to.not.throw();
    expect(customElements.get('family-view')).to.equal(FamilyView);
  });
});
