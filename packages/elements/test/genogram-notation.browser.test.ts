import { expect } from '@open-wc/testing';
import type { FamilyView } from '../src/family-view/family-view.js';
import {
  coupleWithChild,
  describe,
  failOnConsoleWarnings,
  familyDocument,
  it,
  memberNode,
  mount,
  person,
  shadow,
  countCommands,
  symbolPathOf,
} from './helpers.js';

function legendKeys(el: FamilyView): string[] {
  return [...shadow(el).querySelectorAll('[part="legend"] [data-legend-key]')].map((li) => li.getAttribute('data-legend-key')!);
}

/** What tells a drawn element apart without colour: its shapes' geometry, dash patterns, widths and markers. */
function signature(node: Element): string {
  const shapes = node instanceof SVGGeometryElement ? [node] : [...node.querySelectorAll('path, polygon, rect, circle')];
  return shapes
    .map((shape) => {
      const style = getComputedStyle(shape);
      const geometry = shape.getAttribute('d') ?? shape.getAttribute('points') ?? '';
      return `${shape.tagName}:${style.strokeDasharray}:${style.strokeWidth}:${shape.getAttribute('marker-end') ?? ''}:${geometry}`;
    })
    .join('|');
}

describe('genogram notation', () => {
  failOnConsoleWarnings();

  describe('member symbols', () => {
    it('draws male as a square, female as a circle, other as a diamond, unknown as a rounded square with "?"', async () => {
      const el = await mount(
        familyDocument({
          members: [person('mia', 'female'), person('max', 'male'), person('oli', 'other'), person('uma', 'unknown')],
        }),
      );
      expect(symbolPathOf(el, 'max')).to.equal('M-20 -20H20V20H-20Z');
      const female = symbolPathOf(el, 'mia');
      expect(countCommands(female, 'A')).to.equal(2);
      expect(female).to.not.match(/[HV]/);
      const other = symbolPathOf(el, 'oli');
      expect(countCommands(other, 'L')).to.equal(3);
      expect(other).to.not.match(/[AHV]/);
      const unknown = symbolPathOf(el, 'uma');
      // Rounded corners (arcs on a square) and a "?" of two more strokes.
      expect(countCommands(unknown, 'A')).to.equal(5);
      expect(countCommands(unknown, 'M')).to.equal(3);
      for (const [id, gender] of [['mia', 'female'], ['max', 'male'], ['oli', 'other'], ['uma', 'unknown']]) {
        expect(memberNode(el, id!).classList.contains(`member--${gender}`)).to.equal(true);
      }
      expect(legendKeys(el)).to.deep.equal(['symbol:male', 'symbol:female', 'symbol:other', 'symbol:unknown']);
    });

    it('crosses out the deceased (date or flag) and double-outlines the index person', async () => {
      const el = await mount(
        familyDocument({
          members: [
            person('dora', 'female', { deathDate: '2019-02-02' }),
            person('dirk', 'male', { deceased: true, birthDate: undefined }),
            person('ines', 'female', { index: true }),
            person('liv', 'female'),
          ],
        }),
      );
      const living = symbolPathOf(el, 'liv');
      // The X is drawn over the same outline: two more strokes after it.
      expect(symbolPathOf(el, 'dora').startsWith(living)).to.equal(true);
      expect(countCommands(symbolPathOf(el, 'dora'), 'M')).to.equal(countCommands(living, 'M') + 2);
      for (const id of ['dora', 'dirk']) {
        expect(memberNode(el, id).classList.contains('member--deceased')).to.equal(true);
        expect(countCommands(symbolPathOf(el, id), 'M')).to.equal(3);
      }
      expect(memberNode(el, 'dirk').getAttribute('aria-label')).to.equal('Dirk, male, deceased');
      expect(memberNode(el, 'dora').getAttribute('aria-label')).to.equal('Dora, 1980–2019, female, deceased');
      expect(memberNode(el, 'dora').querySelector('.member-detail')?.textContent).to.equal('1980–2019');
      const index = symbolPathOf(el, 'ines');
      expect(countCommands(index, 'Z')).to.equal(2);
      expect(index.endsWith(living)).to.equal(true);
      expect(memberNode(el, 'ines').getAttribute('aria-label')).to.equal('Ines, 45, female, index person');
      expect(legendKeys(el)).to.include.members(['symbol:deceased', 'symbol:index']);
      // The index person is filled apart, and the legend's samples look like the drawing.
      const look = (node: Element | null) => {
        const style = getComputedStyle(node!);
        return `${style.fill} ${style.stroke} ${style.strokeWidth}`;
      };
      const symbolOf = (id: string) => memberNode(el, id).querySelector('path.symbol');
      const sampleOf = (key: string) => shadow(el).querySelector(`[data-legend-key="${key}"] path.symbol`);
      expect(look(symbolOf('ines'))).not.to.equal(look(symbolOf('liv')));
      expect(look(sampleOf('symbol:index'))).to.equal(look(symbolOf('ines')));
      expect(look(sampleOf('symbol:deceased'))).to.equal(look(symbolOf('dirk')));
    });

    it('draws pregnancy, miscarriage, abortion and stillbirth with their own symbols', async () => {
      const el = await mount(
        familyDocument({
          members: [
            person('preg', 'unknown', { kind: 'pregnancy', birthDate: undefined }),
            person('misc', 'unknown', { kind: 'miscarriage', birthDate: undefined }),
            person('abor', 'unknown', { kind: 'abortion', birthDate: undefined }),
            person('stil', 'male', { kind: 'stillbirth', birthDate: '2015-03-03' }),
          ],
        }),
      );
      expect(symbolPathOf(el, 'preg')).to.equal('M0 -20L20 16L-20 16Z');
      // Miscarriage: a small circle filled with the outline colour.
      expect(symbolPathOf(el, 'misc')).to.equal('M-8 0A8 8 0 1 0 8 0A8 8 0 1 0 -8 0Z');
      const dot = memberNode(el, 'misc').querySelector('path.symbol')!;
      expect(getComputedStyle(dot).fill).to.equal(getComputedStyle(memberNode(el, 'misc')).color);
      // Abortion: only a small X.
      expect(symbolPathOf(el, 'abor')).to.equal('M-8 -8L8 8M8 -8L-8 8');
      // Stillbirth: a small square (male) with an X.
      expect(symbolPathOf(el, 'stil')).to.equal('M-11 -11H11V11H-11ZM-14 -14L14 14M14 -14L-14 14');

      expect(memberNode(el, 'misc').getAttribute('aria-label')).to.equal('Misc, miscarriage');
      expect(memberNode(el, 'abor').getAttribute('aria-label')).to.equal('Abor, induced abortion');
      expect(memberNode(el, 'stil').getAttribute('aria-label')).to.equal('Stil, stillbirth');
      expect(memberNode(el, 'preg').getAttribute('aria-label')).to.equal('Preg, pregnancy');
      for (const [id, kind] of [['preg', 'pregnancy'], ['misc', 'miscarriage'], ['abor', 'abortion'], ['stil', 'stillbirth']]) {
        expect(memberNode(el, id!).classList.contains(`member--${kind}`)).to.equal(true);
      }
      expect(legendKeys(el)).to.deep.equal(['symbol:pregnancy', 'symbol:miscarriage', 'symbol:abortion', 'symbol:stillbirth']);
    });
  });

  describe('partnership lines', () => {
    const statuses = ['dating', 'engaged', 'cohabiting', 'married', 'separated', 'divorced', 'widowed'];

    it('draws each status at the document date with a distinct style', async () => {
      const signatures = new Map<string, string>();
      for (const status of statuses) {
        const el = await mount(coupleWithChild([{ status, start: '2000' }]));
        const couple = shadow(el).querySelector('[data-partnership-id="p1"]')!;
        expect(couple.classList.contains(`couple--${status}`), status).to.equal(true);
        expect(legendKeys(el)).to.include(`couple:${status}`);
        signatures.set(status, signature(couple));
      }
      expect(new Set(signatures.values()).size).to.equal(statuses.length);
    });

    it('marks separated with one slash, divorced with two and widowed with a cross', async () => {
      // The couple line is one stroke (M…); each mark adds one more.
      const strokes = async (status: string) => {
        const el = await mount(coupleWithChild([{ status }]));
        return countCommands(shadow(el).querySelector('[data-partnership-id="p1"]')!.getAttribute('d')!, 'M');
      };
      expect(await strokes('married')).to.equal(1);
      expect(await strokes('separated')).to.equal(2);
      expect(await strokes('divorced')).to.equal(3);
      expect(await strokes('widowed')).to.equal(3);
    });

    it('uses the last history entry started by asOf', async () => {
      const el = await mount(
        coupleWithChild([
          { status: 'dating', start: '1999' },
          { status: 'married', start: '2003-06' },
          { status: 'divorced', start: '2030-01-01' },
        ]),
      );
      expect(shadow(el).querySelector('[data-partnership-id="p1"]')!.classList.contains('couple--married')).to.equal(true);
    });
  });

  describe('parentage lines', () => {
    const kinds = ['biological', 'adoptive', 'foster', 'step', 'guardian-only'];

    it('draws each kind with its own class and a distinct dash pattern', async () => {
      const signatures = new Set<string>();
      for (const kind of kinds) {
        const el = await mount(coupleWithChild([{ status: 'married' }], kind));
        const lines = [...shadow(el).querySelectorAll('[data-parentage-id]')];
        expect(lines).to.have.length(2);
        for (const line of lines) expect(line.classList.contains(`parentage--${kind}`), kind).to.equal(true);
        expect(legendKeys(el)).to.include(`parentage:${kind}`);
        signatures.add(signature(lines[0]!));
      }
      expect(signatures.size).to.equal(kinds.length);
    });
  });

  describe('twins', () => {
    const twinsDocument = (identical: boolean) =>
      familyDocument({
        members: [
          person('anna', 'female'),
          person('bert', 'male'),
          person('tia', 'female', { birthDate: '2012-02-02' }),
          person('tea', 'female', { birthDate: '2012-02-02' }),
        ],
        partnerships: [{ id: 'p1', partners: ['anna', 'bert'], history: [{ status: 'married' }] }],
        parentage: ['tia', 'tea'].flatMap((child) => [
          { id: `pa-a-${child}`, parent: 'anna', child, kind: 'biological' },
          { id: `pa-b-${child}`, parent: 'bert', child, kind: 'biological' },
        ]),
        twins: [{ id: 'tw', members: ['tia', 'tea'], identical }],
      });

    it('forks fraternal twins from one point, without a bar', async () => {
      const el = await mount(twinsDocument(false));
      const twins = shadow(el).querySelector('[data-twins-id="tw"]')!;
      expect(twins.classList.contains('twins--fraternal')).to.equal(true);
      expect(twins.querySelector('.twins-bar')).to.equal(null);
      // Both twins' lines leave the sibling bar at the same point.
      const ends = ['tia', 'tea'].map((child) => {
        const d = shadow(el).querySelector(`[data-parentage-id="pa-a-${child}"]`)!.getAttribute('d')!;
        const points = d.split(/[ML]/).filter(Boolean);
        return points[points.length - 2];
      });
      expect(ends[0]).to.equal(ends[1]);
      expect(legendKeys(el)).to.include('twins:fraternal');
    });

    it('joins identical twins with a bar', async () => {
      const el = await mount(twinsDocument(true));
      const twins = shadow(el).querySelector('[data-twins-id="tw"]')!;
      expect(twins.classList.contains('twins--identical')).to.equal(true);
      expect(twins.querySelector('.twins-bar')).to.not.equal(null);
      expect(legendKeys(el)).to.include('twins:identical');
    });
  });

  describe('households and bonds', () => {
    const qualities = ['close', 'fused', 'distant', 'conflict', 'hostile', 'cutoff', 'violence', 'abuse', 'neglect'];

    it('draws a household as a dotted polygon', async () => {
      const el = await mount(
        familyDocument({
          members: [person('anna', 'female'), person('bert', 'male')],
          households: [{ id: 'h1', members: ['anna', 'bert'] }],
        }),
      );
      const household = shadow(el).querySelector('[data-household-id="h1"]')!;
      expect(household.tagName.toLowerCase()).to.equal('polygon');
      expect(getComputedStyle(household).strokeDasharray).to.not.equal('none');
      expect(legendKeys(el)).to.deep.equal(['symbol:male', 'symbol:female', 'household']);
    });

    it('draws all nine bond qualities with distinct patterns, arrows towards the harmed', async () => {
      const signatures = new Map<string, string>();
      for (const quality of qualities) {
        const el = await mount(
          familyDocument({
            members: [person('anna', 'female'), person('bert', 'male')],
            bonds: [{ id: 'b1', between: ['anna', 'bert'], quality, from: 'bert' }],
          }),
        );
        const bond = shadow(el).querySelector('[data-bond-id="b1"]')!;
        expect(bond.classList.contains(`bond--${quality}`), quality).to.equal(true);
        expect(legendKeys(el)).to.include(`bond:${quality}`);
        const arrow = bond.querySelector('.bond-arrow');
        const directed = ['violence', 'abuse', 'neglect'].includes(quality);
        expect(arrow !== null, `${quality} arrow`).to.equal(directed);
        if (arrow) {
          // The marker lives in the same SVG, and the arrow ends next to the one harmed.
          const markerId = /url\(#(.+)\)/.exec(arrow.getAttribute('marker-end') ?? '')![1]!;
          expect(shadow(el).getElementById(markerId)?.tagName.toLowerCase()).to.equal('marker');
          const annaX = Number(/translate\(([-\d.]+)/.exec(el.shadowRoot!.querySelector('[data-member-id="anna"]')!.getAttribute('transform')!)![1]);
          const endX = Number(/([-\d.]+) [-\d.]+$/.exec(arrow.getAttribute('d')!)![1]);
          const bertX = Number(/translate\(([-\d.]+)/.exec(el.shadowRoot!.querySelector('[data-member-id="bert"]')!.getAttribute('transform')!)![1]);
          expect(Math.abs(endX - annaX)).to.be.lessThan(Math.abs(endX - bertX));
        }
        signatures.set(quality, signature(bond));
      }
      expect(new Set(signatures.values()).size).to.equal(qualities.length);
    });
  });

  it('explains only the notation in use, each entry with a sample drawing and a text', async () => {
    const el = await mount(coupleWithChild([{ status: 'divorced' }], 'adoptive'));
    expect(legendKeys(el)).to.deep.equal(['symbol:male', 'symbol:female', 'couple:divorced', 'parentage:adoptive']);
    for (const item of shadow(el).querySelectorAll('[part="legend"] li')) {
      expect(item.querySelector('svg.legend-sample')?.getAttribute('aria-hidden')).to.equal('true');
      expect(item.querySelector('svg.legend-sample')!.childElementCount).to.be.greaterThan(0);
      expect(item.textContent?.trim().length).to.be.greaterThan(3);
    }
    expect(shadow(el).querySelector('[data-legend-key="couple:divorced"]')?.textContent).to.include('two slashes');
  });
});
