// The bench page: loads the production bundle and exposes measurements as
// `window.fvBench.<name>(options)`, called by scripts/bench.mjs through Playwright.
// Each measurement creates fresh <family-view> elements; the document is cloned per run
// so that no run can reuse work cached on the previous run's object.
//
// Add a measurement (e.g. the timeline's zoom frame times) as another function here and
// a scenario column in scripts/bench.mjs.

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

window.fvBench = {
  ready: (async () => {
    await import('/family-view.bundle.js');
    await customElements.whenDefined('family-view');
    return true;
  })(),
  firstRender,
};
