import { expect, fixture, html } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, describe, failOnConsoleWarnings, it, mount } from './helpers.js';

describe('<family-view> accessibility (axe)', () => {
  failOnConsoleWarnings();

  it('empty state', async () => {
    const el = await fixture<FamilyView>(html`<family-view .viewer=${ADMIN}></family-view>`);
    await expect(el).to.be.accessible();
  });

  it('notice for a missing viewer', async () => {
    const el = await fixture<FamilyView>(html`<family-view .data=${fixtures.refugeeFamily}></family-view>`);
    await expect(el).to.be.accessible();
  });

  it('error box', async () => {
    const el = await mount({ schemaVersion: '1.0', members: [{ id: 'a' }] });
    await expect(el).to.be.accessible();
  });

  for (const [name, doc] of Object.entries(fixtures)) {
    it(`genogram of ${name}`, async () => {
      const el = await mount(doc);
      await expect(el).to.be.accessible();
    });
  }
});
