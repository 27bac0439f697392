// The bench page: loads the production bundle and exposes measurements as
// `window.fvBench.<name>(options)`, called by scripts/bench.mjs through Playwright.
// Each measurement creates fresh <family-view> elements; the document is cloned per run
// so that no run can reuse work cached on the previous run's object.
//
// Add a measurement as another function here and a scenario in scripts/bench.mjs.

const documents = new Map();

async function loadDocument(size) {
  if (!documents.has(size)) {
    const response = await fetch(`/data/${size}.json`);
    if (!response.ok) throw new Error(`/data/${size}.json: HTTP ${response.status}`);
    documents.set(size, await response.json());
  }
  return documents.get(size);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function frames(count) {
  for (let i = 0; i < count; i++) await nextFrame();
}

function collectGarbage() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/** Elements in the element's shadow tree(s), nested shadow roots included. */
function countShadowElements(host) {
  let count = 0;
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      count += 1;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return count;
}

/** A connected <family-view> with the admin viewer, settled before any data arrives. */
async function freshElement(view) {
  const stage = document.getElementById('stage');
  const element = document.createElement('family-view');
  element.setAttribute('view', view);
  element.setAttribute('lang', 'en');
  element.viewer = { kind: 'admin' };
  stage.replaceChildren(element);
  await element.updateComplete;
  await frames(2);
  return element;
}

/** The duration of the element's User Timing measure `family-view:<stage>` in this run. */
function stageTime(stage) {
  return performance.getEntriesByName(`family-view:${stage}`, 'measure').reduce((sum, entry) => sum + entry.duration, 0);
}

/**
 * First render: from just before `data` is set to the second animation frame after the
 * element's `updateComplete` (validation, redaction, layout, DOM and the first paint).
 * `drawTimes` leave out validation and redaction (the element's User Timing measures):
 * what the issue calls first render, layout + DOM + paint.
 */
async function firstRender({ size, view = 'genogram', runs = 7, warmup = 2 }) {
  const source = await loadDocument(size);
  const times = [];
  const drawTimes = [];
  const stages = { validate: [], redact: [], layout: [] };
  let domNodes = 0;
  let memberNodes = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const data = structuredClone(source);
    const element = await freshElement(view);
    collectGarbage();
    performance.clearMeasures();
    const start = performance.now();
    element.data = data;
    await element.updateComplete;
    await frames(2);
    const elapsed = performance.now() - start;
    if (i >= warmup) {
      times.push(elapsed);
      for (const stage of Object.keys(stages)) stages[stage].push(stageTime(stage));
      drawTimes.push(elapsed - stageTime('validate') - stageTime('redact'));
    }
    domNodes = countShadowElements(element);
    memberNodes = 0;
    const walk = (root) => {
      memberNodes += root.querySelectorAll('[data-member-id]').length;
      for (const child of root.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
    };
    if (element.shadowRoot) walk(element.shadowRoot);
    element.remove();
    await frames(1);
  }
  return { times, drawTimes, stages, domNodes, memberNodes };
}

/**
 * How long one frame of the timeline's zoom or pan takes on the main thread: `action`
 * runs in an animation frame callback, and a message posted from there is handled once
 * that frame's style, layout and paint are done.
 */
function frameTime(action) {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      action();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * The timeline's zoom and pan frames on one `<family-view view="timeline">`: a gesture is
 * `steps` Ctrl+wheel zoom steps in and out (as a trackpad pinch sends them), then Shift+arrow
 * pans on the keyboard's tab stop. The first gesture on the fresh element is returned apart
 * (`coldZoom`, `coldPan`: the code runs for the first time, as in a user's first zoom);
 * `zoom` and `pan` are the frames of the `rounds` gestures after it. `wired: false` while the
 * element does not draw the timeline (no `svg.timeline-chart` in its shadow root).
 */
async function timelineFrames({ size, steps = 30, rounds = 3 }) {
  const source = await loadDocument(size);
  const element = await freshElement('timeline');
  element.data = structuredClone(source);
  await element.updateComplete;
  await frames(3);
  const root = element.shadowRoot;
  const chart = root?.querySelector('svg.timeline-chart');
  if (!chart) {
    element.remove();
    return { wired: false };
  }
  // Halfway down the lanes, where members have services and door numbers: the top lanes of
  // a synthetic family are its oldest generation, with little to draw.
  const scroller = root.querySelector('.timeline-scroll');
  if (scroller) {
    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
    await frames(2);
    await element.updateComplete;
    await frames(2);
  }
  const box = chart.getBoundingClientRect();
  const wheel = (deltaY) =>
    chart.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY,
        ctrlKey: true,
        clientX: box.left + box.width * 0.6,
        clientY: Math.min(box.bottom, box.top + 100),
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  const gesture = async () => {
    const zoom = [];
    for (let i = 0; i < steps; i++) zoom.push(await frameTime(() => wheel(-15)));
    for (let i = 0; i < steps; i++) zoom.push(await frameTime(() => wheel(15)));
    for (let i = 0; i < steps / 2; i++) zoom.push(await frameTime(() => wheel(-15)));
    const tabStop = chart.querySelector('[data-item][tabindex="0"]');
    const pan = [];
    if (tabStop) {
      const press = (key) => tabStop.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true, composed: true }));
      for (let i = 0; i < steps; i++) pan.push(await frameTime(() => press(i % 10 < 5 ? 'ArrowRight' : 'ArrowLeft')));
    }
    // Back to the whole span, and a pause as between two gestures.
    for (let i = 0; i < steps / 2; i++) await frameTime(() => wheel(15));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { zoom, pan };
  };
  const cold = await gesture();
  const zoom = [];
  const pan = [];
  for (let round = 0; round < rounds; round++) {
    const measured = await gesture();
    zoom.push(...measured.zoom);
    pan.push(...measured.pan);
  }
  const bars = [...root.querySelectorAll('path.bars')].reduce((n, path) => n + (path.getAttribute('d')?.match(/M/g)?.length ?? 0), 0);
  element.remove();
  await frames(1);
  return { wired: true, zoom, pan, coldZoom: cold.zoom, coldPan: cold.pan, bars };
}

window.fvBench = {
  ready: (async () => {
    await import('/family-view.bundle.js');
    await customElements.whenDefined('family-view');
    return true;
  })(),
  firstRender,
  timelineFrames,
};
