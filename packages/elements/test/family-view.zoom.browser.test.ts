import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { fixtures } from '../../../test/fixtures/index.js';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import type { Viewer } from '@family-view/core';
import { after, describe, failOnConsoleWarnings, it, leakedStrings, memberNode, memberNodes, mount, renderedStrings, scaleOf, shadow, viewportTransform } from './helpers.js';
import { forbiddenStrings, validDocument } from './privacy-scan.js';

function button(el: FamilyView, text: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button')].find(
    (b) => b.textContent?.trim() === text,
  );
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe('<family-view> zoom and pan', () => {
  failOnConsoleWarnings();
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('fits the drawing to the view on first render', async () => {
    const el = await mount(fixtures.blendedFamily);
    const transform = viewportTransform(el);
    expect(transform).to.match(/^translate\(.+\) scale\(.+\)$/);
    // The whole drawing is inside the SVG box.
    const svg = shadow(el).querySelector('svg.genogram')!.getBoundingClientRect();
    const drawing = shadow(el).querySelector('g.viewport')!.getBoundingClientRect();
    expect(drawing.left).to.be.at.least(svg.left - 1);
    expect(drawing.right).to.be.at.most(svg.right + 1);
    expect(drawing.top).to.be.at.least(svg.top - 1);
    expect(drawing.bottom).to.be.at.most(svg.bottom + 1);
  });

  it('zooms in, out, fits and resets at once when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fixtures.blendedFamily);
    const fitted = viewportTransform(el);
    const fittedScale = scaleOf(fitted);

    button(el, 'Zoom in').click();
    expect(scaleOf(viewportTransform(el))).to.be.closeTo(fittedScale * 1.5, 1e-6);
    button(el, 'Zoom out').click();
    button(el, 'Zoom out').click();
    expect(scaleOf(viewportTransform(el))).to.be.closeTo(fittedScale / 1.5, 1e-6);
    button(el, 'Fit to view').click();
    expect(viewportTransform(el)).to.equal(fitted);
    button(el, 'Reset').click();
    expect(scaleOf(viewportTransform(el))).to.equal(1);
  });

  it('animates the change when motion is allowed', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount(fixtures.refugeeFamily);
    const before = viewportTransform(el);
    button(el, 'Zoom in').click();
    expect(viewportTransform(el)).to.equal(before); // nothing jumps
    await waitUntil(() => viewportTransform(el) !== before, 'transform changes');
    await aTimeout(350);
    expect(scaleOf(viewportTransform(el))).to.be.closeTo(scaleOf(before) * 1.5, 1e-6);
  });

  it('refits a new family', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fixtures.refugeeFamily);
    button(el, 'Zoom in').click();
    const zoomed = viewportTransform(el);
    el.data = fixtures.blendedFamily;
    await el.updateComplete;
    await nextFrame();
    expect(viewportTransform(el)).to.not.equal(zoomed);
    expect(shadow(el).querySelectorAll('[data-member-id]').length).to.equal(fixtures.blendedFamily.members.length);
  });

  it('leaves labels out while zoomed out too far to read them, keeping focus on the member', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fixtures.refugeeFamily);
    const labels = () => shadow(el).querySelectorAll('.member-name').length;
    expect(labels()).to.equal(fixtures.refugeeFamily.members.length);
    const maryam = () => shadow(el).querySelector<SVGGElement>('[data-member-id="m-maryam"]')!;
    maryam().focus();
    while (scaleOf(viewportTransform(el)) >= 0.4) button(el, 'Zoom out').click();
    maryam().focus(); // the zoom buttons took focus; come back to the member
    await el.updateComplete;
    expect(labels()).to.equal(0);
    expect(maryam().getAttribute('aria-label')).to.include('Maryam Rezaei');
    // Zooming back in brings the labels back.
    while (scaleOf(viewportTransform(el)) < 0.4) button(el, 'Zoom in').click();
    await el.updateComplete;
    expect(labels()).to.equal(fixtures.refugeeFamily.members.length);
  });

  it('zoomed far out draws every line batched and solid, and each member as one node; zoomed in, one node per relationship again', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const doc = fixtures.blendedFamily;
    const el = await mount(doc);
    const root = shadow(el);
    const svgClass = () => root.querySelector('svg.genogram')?.getAttribute('class') ?? '';
    const partnershipNodes = () => root.querySelectorAll('[data-partnership-id]').length;
    const parentageNodes = () => root.querySelectorAll('[data-parentage-id]').length;
    const lineNodes = () => root.querySelectorAll('g.lines path').length;
    const dashed = () =>
      [...root.querySelectorAll<SVGPathElement>('svg.genogram .parentage--adoptive, svg.genogram .parentage--foster')].map((p) => getComputedStyle(p).strokeDasharray);
    expect(partnershipNodes()).to.equal((doc.partnerships ?? []).length);
    expect(parentageNodes()).to.be.greaterThan(0);
    const detailedLines = lineNodes();
    expect(dashed().every((d) => d !== 'none')).to.equal(true);
    // A child's links to both parents draw one line: batched, it is drawn once (per line style).
    const kindOf = (p: Element) => /parentage--[a-z-]+/.exec(p.getAttribute('class') ?? '')?.[0] ?? '';
    const detailedParentage = [...root.querySelectorAll('[data-parentage-id]')].map((p) => `${kindOf(p)} ${p.getAttribute('d') ?? ''}`);
    const distinctParentage = new Set(detailedParentage);
    expect(distinctParentage.size).to.be.lessThan(detailedParentage.length);

    while (scaleOf(viewportTransform(el)) >= 0.2) button(el, 'Zoom out').click();
    await el.updateComplete;
    expect(svgClass()).to.include('genogram--solid');
    expect(partnershipNodes()).to.equal(0);
    expect(parentageNodes()).to.equal(0);
    expect(lineNodes()).to.be.greaterThan(0);
    expect(lineNodes()).to.be.lessThan(detailedLines);
    expect(dashed().length).to.be.greaterThan(0);
    expect(dashed().every((d) => d === 'none')).to.equal(true);
    const batchedParentage = [...root.querySelectorAll('g.lines path.parentage')].flatMap((p) =>
      (p.getAttribute('d') ?? '').split(' M').map((part, i) => `${kindOf(p)} ${i === 0 ? part : `M${part}`}`),
    );
    expect(batchedParentage.length).to.equal(distinctParentage.size);
    expect(new Set(batchedParentage).size === distinctParentage.size && batchedParentage.every((d) => distinctParentage.has(d))).to.equal(true);
    // Every member still has its own node, named, with nothing inside it.
    const nodes = [...root.querySelectorAll('[data-member-id]')];
    expect(nodes.length).to.equal(doc.members.length);
    expect(nodes.every((n) => n.tagName === 'path' && n.getAttribute('part') === 'member' && (n.getAttribute('aria-label') ?? '') !== '')).to.equal(
      true,
    );

    while (scaleOf(viewportTransform(el)) < 0.4) button(el, 'Zoom in').click();
    await el.updateComplete;
    expect(svgClass()).not.to.include('genogram--solid');
    expect(partnershipNodes()).to.equal((doc.partnerships ?? []).length);
    expect(lineNodes()).to.equal(detailedLines);
  });

  it('zoomed far out batches each line style by region of the drawing, not across all of it', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(syntheticFamily(400, 7));
    const root = shadow(el);
    while (scaleOf(viewportTransform(el)) >= 0.2) button(el, 'Zoom out').click();
    await el.updateComplete;
    const box = root.querySelector<SVGGElement>('g.viewport')!.getBBox();
    const paths = [...root.querySelectorAll<SVGPathElement>('g.lines path.parentage, g.lines path.couple')];
    expect(paths.length).to.be.greaterThan(8);
    // Where each of a path's lines starts: all in one of 8 × 8 cells (some slack for the
    // drawing's box being a little larger than the layout's).
    const spreads = paths.map((p) => {
      const starts = [...(p.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
      const xs = starts.map((a) => a.x);
      const ys = starts.map((a) => a.y);
      return { x: Math.max(...xs) - Math.min(...xs), y: Math.max(...ys) - Math.min(...ys) };
    });
    const tooWide = spreads.filter((s) => s.x > (box.width / 8) * 1.1 || s.y > (box.height / 8) * 1.1);
    expect(JSON.stringify(tooWide), `cells ${box.width / 8} × ${box.height / 8}`).to.equal('[]');
  });

  it('zoomed far out draws each member in place without a transform, and keeps focus, highlight and language current', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fixtures.refugeeFamily);
    const root = shadow(el);
    // Where the labelled drawing puts each symbol: its path's box, moved by the node's translate.
    const expected = new Map(
      memberNodes(el).map((node) => {
        const [, x, y] = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '') ?? [];
        const box = node.querySelector<SVGPathElement>('path.symbol')!.getBBox();
        return [node.getAttribute('data-member-id')!, { x: box.x + Number(x), y: box.y + Number(y), width: box.width, height: box.height }];
      }),
    );
    // …and how it looks: the zoomed-out node inherits its look from its group, not its own rule.
    const lookOf = (node: Element) => {
      const style = getComputedStyle(node);
      return [style.color, style.fill, style.stroke, style.strokeWidth, style.strokeLinecap, style.strokeLinejoin, style.cursor].join(' ');
    };
    const expectedLook = new Map(memberNodes(el).map((node) => [node.getAttribute('data-member-id')!, lookOf(node.querySelector('path.symbol')!)]));
    expect([...expectedLook.values()].every((look) => !look.includes(' none ')), 'symbols are stroked').to.equal(true);
    while (scaleOf(viewportTransform(el)) >= 0.2) button(el, 'Zoom out').click();
    await el.updateComplete;
    const nodes = memberNodes(el);
    expect(nodes.length).to.equal(expected.size);
    for (const node of nodes) {
      const id = node.getAttribute('data-member-id')!;
      const want = expected.get(id)!;
      const box = (node as unknown as SVGPathElement).getBBox();
      const same = ['x', 'y', 'width', 'height'].every((k) => Math.abs(box[k as 'x'] - want[k as 'x']) < 0.05);
      expect(same, `${id}: ${JSON.stringify(box)} where the labelled drawing had ${JSON.stringify(want)}`).to.equal(true);
      expect(node.hasAttribute('transform') || node.childElementCount > 0, `${id} is one bare node`).to.equal(false);
      expect(lookOf(node), `${id} looks as it did with labels`).to.equal(expectedLook.get(id));
    }

    // Roving tabindex: the arrow keys move the one tab stop, and the nodes stay the same nodes.
    memberNode(el, 'm-ali').focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const focusedId = root.activeElement?.getAttribute('data-member-id');
    expect(focusedId !== undefined && focusedId !== null && focusedId !== 'm-ali', `focus moved on from m-ali to ${focusedId}`).to.equal(true);
    const stops = [...root.querySelectorAll('svg.genogram [data-member-id][tabindex="0"]')].map((n) => n.getAttribute('data-member-id'));
    expect(stops).to.deep.equal([focusedId]);
    expect(memberNodes(el).every((node, i) => node === nodes[i]), 'patched, not re-created').to.equal(true);

    // A service selected on the timeline marks its members here too.
    const service = (fixtures.refugeeFamily.services ?? []).find((s) => s.members.length >= 2 && (s.periods ?? []).length > 0)!;
    root.querySelector<SVGElement>(`[data-service-id="${service.id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const highlighted = [...root.querySelectorAll('svg.genogram .member--highlighted')].map((n) => n.getAttribute('data-member-id')).sort();
    expect(highlighted).to.deep.equal([...service.members].sort());

    // Another language renames every node.
    const english = memberNode(el, 'm-ali').getAttribute('aria-label');
    el.setAttribute('lang', 'fi');
    await el.updateComplete;
    const finnish = memberNode(el, 'm-ali').getAttribute('aria-label');
    expect(finnish !== english && (finnish ?? '').includes('Ali'), `${english} → ${finnish}`).to.equal(true);
  });

  it('zoomed far out shows someone not shared with the viewer as a bare placeholder node, and nothing hidden', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const viewer: Viewer = { kind: 'professional', professional: 'pr-kirsi' };
    const el = await mount(fixtures.custodyDispute, viewer);
    const placeholders = () => [...shadow(el).querySelectorAll('svg.genogram [part~="placeholder"]')];
    const before = placeholders().length;
    expect(before).to.be.greaterThan(0);
    while (scaleOf(viewportTransform(el)) >= 0.2) button(el, 'Zoom out').click();
    await el.updateComplete;
    const after = placeholders();
    expect(after.length).to.equal(before);
    for (const node of after) {
      const bare = node.tagName === 'path' && node.getAttribute('part') === 'member placeholder' && node.getAttribute('role') === 'img';
      expect(bare && !node.hasAttribute('data-member-id') && !node.hasAttribute('tabindex'), node.outerHTML).to.equal(true);
      expect(node.getAttribute('aria-label')).to.equal('Not shared with you');
    }
    // The nodes made without Lit carry nothing the viewer may not see.
    const forbidden = forbiddenStrings(validDocument(fixtures.custodyDispute), viewer);
    expect(forbidden.length).to.be.greaterThan(5);
    expect(leakedStrings(renderedStrings(shadow(el)), forbidden)).to.deep.equal([]);
  });

  it('keeps keyboard focus on a member whose node is re-created by a zoom', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(fixtures.refugeeFamily);
    const node = shadow(el).querySelector<SVGGElement>('[data-member-id="m-ali"]')!;
    node.focus();
    // A zoom that does not come from the buttons (e.g. a pinch) leaves focus on the member.
    const svg = shadow(el).querySelector('svg.genogram')!;
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 4000, ctrlKey: true, clientX: 100, clientY: 100, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(scaleOf(viewportTransform(el))).to.be.lessThan(0.4);
    expect(shadow(el).querySelectorAll('.member-name').length).to.equal(0);
    expect(shadow(el).activeElement?.getAttribute('data-member-id')).to.equal('m-ali');
  });
});
