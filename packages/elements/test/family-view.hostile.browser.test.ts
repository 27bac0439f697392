import { expect } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import { afterEach, beforeEach, describe, failOnConsoleWarnings, it, memberNode, mount, renderedStrings, shadow } from './helpers.js';

const doc = fixtures.hostileText;

describe('<family-view> with hostile text', () => {
  failOnConsoleWarnings();

  const originalAlert = window.alert;
  let alerts = 0;
  beforeEach(() => {
    alerts = 0;
    window.alert = () => {
      alerts++;
    };
  });
  afterEach(() => {
    window.alert = originalAlert;
  });

  it('renders every name as literal text in labels and accessible names', async () => {
    const el = await mount(doc);
    for (const member of doc.members) {
      const node = memberNode(el, member.id);
      expect(node.getAttribute('aria-label')).to.include(member.name);
      expect(node.querySelector('.member-name')?.textContent).to.equal(member.name);
    }
    // A long name is squeezed into its room, never cut, and kept as a tooltip.
    const long = memberNode(el, 'm-4');
    expect(long.querySelector('.member-name')?.getAttribute('textLength')).to.not.equal(null);
    expect(long.querySelector('title')?.textContent).to.equal(doc.members[3]!.name);
  });

  it('creates no elements or handler attributes from the payloads', async () => {
    const el = await mount(doc);
    const root = shadow(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelectorAll('img, script, iframe, style, math, a, b, hr, foreignObject, object, embed')).to.have.length(0);
    const all = [...root.querySelectorAll('*')];
    const handlers = all.flatMap((node) => node.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')));
    expect(handlers).to.deep.equal([]);
    // The only SVGs are the genogram, the timeline's (with the two viewports that clip its
    // plot and lane labels) and the legends' own samples.
    const ownSvgs =
      'svg.genogram, svg.legend-sample, svg.legend-defs, svg.timeline-chart, svg.timeline-axis, svg.timeline-overview, ' +
      'svg.timeline-chart > svg.plot-area, svg.timeline-chart > svg.lane-labels';
    for (const svgElement of root.querySelectorAll('svg')) {
      expect(svgElement.matches(ownSvgs), `<svg class="${svgElement.getAttribute('class') ?? ''}">`).to.equal(true);
    }
    // The timeline's patterns inherit their tile from one another (`href="#…"` in this root): nothing else links.
    expect(root.querySelectorAll('[href]:not(pattern[href^="#fv-"]), [src], [srcdoc]')).to.have.length(0);
    expect(alerts).to.equal(0);
    expect(document.querySelectorAll('body img, body script:not([src])').length).to.equal(0);
  });

  it('keeps payloads inert in the consent overlay and the consent view too', async () => {
    const el = await mount(doc);
    shadow(el).querySelector<HTMLButtonElement>('[part~="consent-toggle"]')!.click();
    await el.updateComplete;
    const overlayStrings = renderedStrings(shadow(el));
    el.setAttribute('view', 'consent');
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelectorAll('img, script, iframe, style, math, a, b, hr, foreignObject, object, embed, [href], [src]')).to.have.length(0);
    const handlers = [...root.querySelectorAll('*')].flatMap((node) => node.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')));
    expect(handlers).to.deep.equal([]);
    expect([...overlayStrings, ...renderedStrings(root)].some((s) => s.includes('<img src=x onerror=alert(1)>'))).to.equal(true);
    expect(alerts).to.equal(0);
  });

  it('keeps payload text as text nodes', async () => {
    const el = await mount(doc);
    const strings = renderedStrings(shadow(el));
    expect(strings.some((s) => s.includes('<img src=x onerror=alert(1)>'))).to.equal(true);
    expect(strings.some((s) => s.includes('{{constructor.constructor'))).to.equal(true);
  });
});
