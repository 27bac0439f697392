import { expect } from '@open-wc/testing';
import { pointOnCurve, subCurve, trimCurve, zigzagPath } from '../src/genogram/geometry.js';
import { MemberNavigator } from '../src/genogram/keyboard-navigation.js';
import { needsSqueeze } from '../src/genogram/member-text.js';
import { partnershipStatusAt, symbolShapeOf } from '../src/genogram/notation.js';
import { describe, it } from './helpers.js';

describe('genogram building blocks', () => {
  it('finds the partnership status at a date from partial dates', () => {
    const history = [
      { status: 'dating' as const, start: '2001' },
      { status: 'married' as const, start: '2003-06' },
      { status: 'divorced' as const, start: '2020-01-15' },
    ];
    expect(partnershipStatusAt(history, '2000-12-31')).to.equal(undefined);
    expect(partnershipStatusAt(history, '2001-01-01')).to.equal('dating');
    expect(partnershipStatusAt(history, '2003-06-01')).to.equal('married');
    expect(partnershipStatusAt(history, '2020-01-14')).to.equal('married');
    expect(partnershipStatusAt(history, '2025-03-01')).to.equal('divorced');
    expect(partnershipStatusAt([{ status: 'cohabiting' }], '1900')).to.equal('cohabiting');
  });

  it('picks symbol shapes by kind, then gender', () => {
    expect(symbolShapeOf(undefined, 'female')).to.equal('female');
    expect(symbolShapeOf('person', 'other')).to.equal('other');
    expect(symbolShapeOf('pregnancy', 'male')).to.equal('pregnancy');
    expect(symbolShapeOf('stillbirth', 'female')).to.equal('stillbirth-female');
  });

  it('splits and trims curves without moving them', () => {
    const curve = { start: { x: 0, y: 0 }, control: { x: 50, y: -40 }, end: { x: 100, y: 0 } };
    const part = subCurve(curve, 0.25, 0.75);
    const mid = pointOnCurve(curve, 0.5);
    const partMid = pointOnCurve(part, 0.5);
    expect(partMid.x).to.be.closeTo(mid.x, 1e-9);
    expect(partMid.y).to.be.closeTo(mid.y, 1e-9);
    const trimmed = trimCurve(curve, 20);
    expect(trimmed.start.x).to.be.greaterThan(0);
    expect(trimmed.end.x).to.be.lessThan(100);
    expect(zigzagPath(curve).split('L').length).to.be.greaterThan(5);
  });

  it('moves between members by rows', () => {
    const nav = new MemberNavigator([
      { id: 'gp', x: 0, generation: 0 },
      { id: 'a', x: -50, generation: 1 },
      { id: 'b', x: 60, generation: 1 },
      { id: 'c', x: 200, generation: 1 },
      { id: 'k', x: 55, generation: 3 },
    ]);
    expect(nav.next('a', 'ArrowRight')).to.equal('b');
    expect(nav.next('a', 'ArrowLeft')).to.equal(undefined);
    expect(nav.next('a', 'End')).to.equal('c');
    expect(nav.next('c', 'Home')).to.equal('a');
    expect(nav.next('gp', 'ArrowDown')).to.equal('a');
    expect(nav.next('b', 'ArrowDown')).to.equal('k');
    expect(nav.next('k', 'ArrowUp')).to.equal('b');
    expect(nav.next('gp', 'ArrowUp')).to.equal(undefined);
  });

  it('squeezes names longer than the room by characters, not UTF-16 units', () => {
    expect(needsSqueeze('Leila', 10)).to.equal(false);
    expect(needsSqueeze('Lastensuojeluilmoitus', 10)).to.equal(true);
    expect(needsSqueeze('😀😀😀😀😀😀', 6)).to.equal(false);
  });
});
