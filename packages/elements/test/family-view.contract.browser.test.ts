import { expect } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import { describe, failOnConsoleWarnings, it, memberNodes, mount, shadow } from './helpers.js';

interface FixtureShape {
  members: Array<{ id: string; name: string }>;
  partnerships?: Array<{ id: string }>;
  parentage?: Array<{ id: string }>;
  twins?: Array<{ id: string }>;
  bonds?: Array<{ id: string }>;
  households?: Array<{ id: string }>;
}

const cases = Object.entries(fixtures) as Array<[string, FixtureShape]>;

describe('<family-view> DOM contract on the fixtures (admin viewer)', () => {
  failOnConsoleWarnings();

  for (const [name, doc] of cases) {
    describe(name, () => {
      it('gives every member one node with part, id, role and an accessible name with the name', async () => {
        const el = await mount(doc);
        const nodes = memberNodes(el);
        expect(nodes.length).to.equal(doc.members.length);
        const ids = nodes.map((n) => n.getAttribute('data-member-id'));
        expect([...ids].sort()).to.deep.equal(doc.members.map((m) => m.id).sort());
        for (const member of doc.members) {
          const node = nodes.find((n) => n.getAttribute('data-member-id') === member.id)!;
          expect(node.getAttribute('part')).to.equal('member');
          expect(node.getAttribute('role')).to.equal('button');
          expect(node.getAttribute('tabindex')).to.be.oneOf(['0', '-1']);
          expect(node.getAttribute('aria-label')).to.include(member.name);
        }
        // One tab stop for the whole drawing (roving tabindex).
        expect(nodes.filter((n) => n.getAttribute('tabindex') === '0')).to.have.length(1);
      });

      it('marks every partnership, parentage, twin set, bond and household with its id', async () => {
        const el = await mount(doc);
        const root = shadow(el);
        const idsOf = (attribute: string) =>
          [...root.querySelectorAll(`[${attribute}]`)].map((n) => n.getAttribute(attribute)).sort();
        const expected = (list?: Array<{ id: string }>) => (list ?? []).map((x) => x.id).sort();
        expect(idsOf('data-partnership-id')).to.deep.equal(expected(doc.partnerships));
        // One node per parentage record.
        expect(idsOf('data-parentage-id')).to.deep.equal(expected(doc.parentage));
        expect(idsOf('data-twins-id')).to.deep.equal(expected(doc.twins));
        expect(idsOf('data-bond-id')).to.deep.equal(expected(doc.bonds));
        expect(idsOf('data-household-id')).to.deep.equal(expected(doc.households));
      });

      it('shows the admin banner, the zoom controls and a legend', async () => {
        const el = await mount(doc);
        const root = shadow(el);
        expect(root.querySelector('[part="admin-banner"]')?.textContent).to.include('Administrator view');
        const buttons = [...root.querySelectorAll('[part="controls"] button')].map((b) => b.textContent?.trim());
        expect(buttons).to.deep.equal(['Zoom in', 'Zoom out', 'Fit to view', 'Reset', 'Show what is shared', 'Show as table']);
        expect(root.querySelectorAll('[part="legend"] li').length).to.be.greaterThan(0);
        expect(root.querySelector('[part="base"]')?.getAttribute('data-view')).to.equal('overview');
      });
    });
  }

  it('labels members with name and age, and the deceased with their years', async () => {
    const el = await mount(fixtures.refugeeFamily);
    const root = shadow(el);
    const maryam = root.querySelector('[data-member-id="m-maryam"]')!;
    expect(maryam.getAttribute('aria-label')).to.equal('Maryam Rezaei, 36, female, index person');
    expect(maryam.querySelector('.member-name')?.textContent).to.equal('Maryam Rezaei');
    expect(maryam.querySelector('.member-detail')?.textContent).to.equal('36');
    const hossein = root.querySelector('[data-member-id="m-hossein"]')!;
    expect(hossein.getAttribute('aria-label')).to.equal('Hossein Rezaei, 1984–2021, male, deceased');
    expect(hossein.querySelector('.member-detail')?.textContent).to.equal('1984–2021');
    // Born "1950": at 2025-03-01 either 74 or 75.
    expect(root.querySelector('[data-member-id="m-abbas"] .member-detail')?.textContent).to.equal('74–75');
  });

  it('renders a valid view name into data-view, an unknown one as the overview', async () => {
    const el = await mount(fixtures.refugeeFamily);
    const base = () => shadow(el).querySelector('[part="base"]')!;
    el.setAttribute('view', 'consent');
    await el.updateComplete;
    expect(base().getAttribute('data-view')).to.equal('consent');
    for (const view of ['network', 'overview']) {
      el.setAttribute('view', view);
      await el.updateComplete;
      expect(base().getAttribute('data-view')).to.equal(view);
    }
    el.setAttribute('view', 'nonsense');
    await el.updateComplete;
    expect(base().getAttribute('data-view')).to.equal('overview');
    expect(base().getAttribute('data-requested-view')).to.equal('overview');
    el.setAttribute('view', 'timeline');
    await el.updateComplete;
    expect(base().getAttribute('data-view')).to.equal('timeline');
    el.setAttribute('view', 'genogram');
    await el.updateComplete;
    expect(base().getAttribute('data-requested-view')).to.equal('genogram');
  });
});
