import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { parsePartialDate, type FamilyDocument } from '@family-view/core';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import { after, before, describe, failOnConsoleWarnings, it, settle } from './helpers.js';
import { mountTimeline } from './timeline-host.js';
import { SETTLE_MS } from '../src/timeline/moving-picture.js';

/** Bars the document implies, counted from it directly: service × member × dated period, plus waiting and planned ones. */
function expectedBars(document: FamilyDocument): number {
  const asOf = parsePartialDate(document.asOf!)!.first;
  let count = 0;
  for (const service of document.services ?? []) {
    const dated = (service.periods ?? []).filter((p) => p.start !== undefined).length;
    const applied = service.applied === undefined ? undefined : parsePartialDate(service.applied)!.first;
    const extra =
      (service.status === 'waiting' && applied !== undefined && applied <= asOf) ||
      (service.status === 'planned' && dated === 0 && (applied === undefined || applied <= asOf))
        ? 1
        : 0;
    count += service.members.length * (dated + extra);
  }
  return count;
}

const subpaths = (root: ShadowRoot, selector: string): number =>
  [...root.querySelectorAll(selector)].reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);

// Speed is measured by `npm run bench` (and reported by the timeline's author), never by
// a timed test: these check that a family of 1,600 draws every period, with few nodes.
describe('services timeline at scale', () => {
  failOnConsoleWarnings();
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('draws every period of 1,600 members, with nodes only near the lanes in view', async function () {
    this.timeout(120000);
    const document = syntheticFamily(1600, 20251124) as unknown as FamilyDocument;
    const { root, model, shown } = await mountTimeline(document);
    const bars = expectedBars(shown);
    expect(bars > 7000, `${bars} bars`).to.equal(true);
    expect(model.lanes.length).to.equal(shown.members.filter((m) => m.placeholder !== true).length);
    expect(subpaths(root, 'path.bars')).to.equal(bars);
    // Focusable nodes (each with data-service-id) for the lanes near the view, not for all.
    const nodes = root.querySelectorAll('rect.bar[data-service-id]').length;
    expect(nodes > 0 && nodes < bars / 4, `${nodes} bar nodes`).to.equal(true);
    expect(root.querySelectorAll('*').length < 4000, `${root.querySelectorAll('*').length} nodes`).to.equal(true);
  });

  it('creates the nodes of the lanes scrolled to, and the keyboard reaches far lanes', async function () {
    this.timeout(120000);
    const document = syntheticFamily(400, 7) as unknown as FamilyDocument;
    const { host, root, model } = await mountTimeline(document);
    const scroll = root.querySelector<HTMLElement>('.timeline-scroll')!;
    // A lane far down, with bars.
    const far = model.lanes.filter((lane) => lane.barCount > 0).at(-1)!;
    expect(root.querySelector(`[data-lane-member-id="${far.memberId}"]`)).to.equal(null);
    scroll.scrollTop = far.y;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(host);
    expect(root.querySelector(`[data-lane-member-id="${far.memberId}"]`) !== null, 'the lane label is there now').to.equal(true);
    const farBar = model.bars[far.firstBar]!;
    expect(root.querySelector(`[data-item="b${farBar.index}"]`)?.getAttribute('data-service-id')).to.equal(farBar.serviceId);

    // Back to the top; walk down with the keyboard past the lanes that had nodes.
    scroll.scrollTop = 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(host);
    root.querySelector<SVGElement>('.timeline-chart [tabindex="0"]')!.focus();
    const startLane = model.lanes.findIndex((lane) => lane.barCount + lane.eventCount > 0);
    let steps = 0;
    while (steps < 60) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(host);
      steps++;
    }
    const key = root.activeElement?.getAttribute('data-item') ?? '';
    const ref = /^([be])(\d+)$/.exec(key);
    expect(ref !== null, `focus on an item (${key})`).to.equal(true);
    const lane = ref![1] === 'b' ? model.bars[Number(ref![2])]!.lane : model.events[Number(ref![2])]!.lane;
    expect(lane > startLane + 30, `lane ${lane}`).to.equal(true);
    const laneTop = model.lanes[lane]!.y;
    expect(laneTop >= scroll.scrollTop - 1 && laneTop < scroll.scrollTop + scroll.clientHeight, 'scrolled into view').to.equal(true);
  });

  it('draws only the lanes with nodes while the view moves, and every bar again once it rests', async function () {
    this.timeout(120000);
    const document = syntheticFamily(400, 7) as unknown as FamilyDocument;
    const { host, root, model, shown } = await mountTimeline(document);
    const bars = expectedBars(shown);
    const whole = root.querySelector<SVGGElement>('g.whole-picture')!;
    const near = root.querySelector<SVGGElement>('g.near-picture')!;
    const resting = (what: string) => {
      expect(getComputedStyle(whole).display, `${what}: the whole picture shows`).to.not.equal('none');
      expect(subpaths(root, 'g.whole-picture path.bars'), `${what}: every bar`).to.equal(bars);
      expect(near.childElementCount, `${what}: no near picture`).to.equal(0);
    };
    resting('fitted on mount');
    const laneIndex = new Map(model.lanes.map((lane) => [lane.memberId, lane.index]));
    const barsOfLanesWithNodes = () =>
      [...root.querySelectorAll('[data-lane-member-id]')].reduce((n, label) => n + model.lanes[laneIndex.get(label.getAttribute('data-lane-member-id')!)!]!.barCount, 0);
    const moving = (what: string) => {
      expect(getComputedStyle(whole).display, `${what}: the whole picture is set aside`).to.equal('none');
      const drawn = subpaths(root, 'g.near-picture path.bars');
      expect(drawn, `${what}: the bars of the lanes with nodes`).to.equal(barsOfLanesWithNodes());
      expect(drawn > 0 && drawn < bars, `${what}: ${drawn} of ${bars} bars`).to.equal(true);
    };
    const rest = async () => {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 100));
      await settle(host);
    };

    const chart = root.querySelector<SVGSVGElement>('svg.timeline-chart')!;
    const box = chart.getBoundingClientRect();
    chart.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 50, bubbles: true, cancelable: true, composed: true }));
    moving('a zoom');
    await rest();
    resting('after the zoom');

    // Scrolled while moving: the near picture follows the lanes that get nodes.
    root.querySelector<SVGElement>('.timeline-chart [tabindex="0"]')!.focus();
    await sendKeys({ press: 'Shift+ArrowRight' });
    moving('a pan');
    const scroll = root.querySelector<HTMLElement>('.timeline-scroll')!;
    // Another pan (no round trip to the test runner) just before: still moving when checked.
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', shiftKey: true, bubbles: true, composed: true }));
    scroll.scrollTop = model.height / 2;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(host);
    moving('scrolled while moving');
    await rest();
    resting('after the pan');
  });
});
