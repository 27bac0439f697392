/**
 * A removed widget must be garbage: a host that switches families or views (a patient
 * record opening one client after another) creates and removes `<family-view>` many times.
 * The timeline once clipped with `clip-path: url(#…)`, and Chromium's style cache kept every
 * removed timeline — its shadow root, nodes and family — alive (about 2.5 MB per removal
 * at 400 members).
 *
 * The test browser runs with `--expose-gc` (web-test-runner.config.mjs) so that these tests
 * can collect garbage and ask, through a `WeakRef`, whether the element is gone.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { fixtures } from '../../../test/fixtures/index.js';
import { ADMIN, describe, it } from './helpers.js';
import { FAMILY_VIEW_NAMES, type FamilyView } from '../src/family-view/family-view.js';

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Mounts a widget, lets it draw (and, on the timeline, zoom), removes it and returns only a
 * weak reference: no strong one survives this function. Not `mount()` from helpers.ts: the
 * test library's `fixture` keeps its element until the test ends.
 */
async function mountAndRemove(view: string): Promise<WeakRef<FamilyView>> {
  const el = document.createElement('family-view');
  el.setAttribute('view', view);
  el.setAttribute('lang', 'en');
  el.viewer = ADMIN;
  el.data = fixtures.blendedFamily;
  document.body.append(el);
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  const chart = el.shadowRoot!.querySelector('svg.timeline-chart');
  if (chart) {
    // A zoom starts the timeline's moving picture and its settle timer.
    chart.dispatchEvent(new WheelEvent('wheel', { deltaY: -30, ctrlKey: true, clientX: 400, clientY: 100, bubbles: true, cancelable: true, composed: true }));
    await nextFrame();
  }
  el.remove();
  return new WeakRef(el);
}

/** Collects garbage until `ref` is empty or two seconds have passed (timers may hold it until they fire). */
async function isCollected(ref: WeakRef<object>): Promise<boolean> {
  for (let round = 0; round < 40; round++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    collectGarbage!();
    if (ref.deref() === undefined) return true;
  }
  return false;
}

/**
 * Whether one of three widgets mounted and removed in turn is collected. A leak keeps every
 * one (the timeline's did). In two of about a dozen runs of a few test files a widget
 * outlived a 1 s wait, for a reason not found (not reproduced outside the test runner in 60
 * tries); that alone must not fail the suite.
 */
async function oneOfThreeCollected(view: string): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) if (await isCollected(await mountAndRemove(view))) return true;
  return false;
}

describe('a removed <family-view>', () => {
  it('can be checked: the test browser exposes gc() (it runs with --expose-gc)', () => {
    expect(typeof collectGarbage, 'gc() is exposed').to.equal('function');
  });

  for (const view of FAMILY_VIEW_NAMES) {
    it(`is garbage after it is removed: view="${view}"`, async () => {
      expect(await oneOfThreeCollected(view), `three removed ${view} views are all still reachable`).to.equal(true);
    });
  }
});
