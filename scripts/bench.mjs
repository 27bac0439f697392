// `npm run bench`: how long the widget takes on seeded synthetic families.
//
//   (a) layout: `layoutGenogram` in Node, median of the timed runs after warm-up;
//   (b) first render in headless Chromium with the production bundle
//       (packages/elements/dist/family-view.bundle.js, built by `npm run build`): from
//       just before `data` is set to the second animation frame after `updateComplete`,
//       on a fresh <family-view> per run, median of the timed runs after warm-up;
//   (c) the timeline (`view="timeline"`): its first render as in (b), and the main-thread
//       time of each zoom frame (Ctrl+wheel steps) and pan frame (Shift+arrow), from the
//       animation frame callback that moves the view to the end of that frame's rendering:
//       three gestures after a first one, which is reported apart (the code's first run);
//   (d) the network and consent views' first render as in (b), up to 1,600 members.
//
// Prints a Markdown table per scenario and the machine, and writes the same to
// bench/results/latest.md (gitignored). Not part of `npm test`.
//
//   npm run bench -- --sizes=100,400 --runs=5 --warmup=1 --no-browser
//
// More scenarios go in SCENARIOS below, with their measurement functions in bench/page.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { CHROMIUM_ARGS, STRICT_CSP, chromiumPath } from './chromium.mjs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Node cannot import TypeScript by itself, and our packages must resolve through their
// `source` export: run again under tsx with that condition.
if (!process.env.FV_BENCH_CHILD) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, FV_BENCH_CHILD: '1' }, cwd: ROOT },
  );
  process.exit(result.status ?? 1);
}

// --------------------------------------------------------------------------------------
// Options

function option(name, fallback) {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return arg ? arg.slice(prefix.length) : fallback;
}

const SIZES = option('sizes', '100,400,1600,5000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const SEED = Number(option('seed', '20251124'));
const RUNS = Math.max(5, Number(option('runs', '7')));
const WARMUP = Math.max(1, Number(option('warmup', '2')));
const BROWSER = !process.argv.includes('--no-browser');
const BUNDLE = join(ROOT, 'packages/elements/dist/family-view.bundle.js');
const RESULTS = join(ROOT, 'bench/results/latest.md');
/** The network and consent views are timed up to this size (see SCENARIOS). */
const LIST_VIEWS_MAX_SIZE = 1600;

const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];


// --------------------------------------------------------------------------------------
// Helpers

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const ms = (value) => (value === undefined ? '—' : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US'));
const int = (value) => (value === undefined ? '—' : value.toLocaleString('en-US'));

function log(message) {
  process.stderr.write(`${message}\n`);
}


function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// --------------------------------------------------------------------------------------
// Data

const { layoutGenogram } = await import('@family-view/core');
const { syntheticFamily } = await import('../test/synthetic/synthetic-family.ts');

const documents = new Map(SIZES.map((size) => [size, syntheticFamily(size, SEED)]));

// --------------------------------------------------------------------------------------
// (a) Layout in Node

function measureLayout(document) {
  for (let i = 0; i < WARMUP; i++) layoutGenogram(document);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const start = performance.now();
    layoutGenogram(document);
    times.push(performance.now() - start);
  }
  return times;
}

// --------------------------------------------------------------------------------------
// (b) Rendering in headless Chromium, on the production bundle

function serveBenchPage() {
  const files = {
    '/': ['text/html; charset=utf-8', () => readFileSync(join(ROOT, 'bench/index.html'))],
    '/page.js': ['text/javascript; charset=utf-8', () => readFileSync(join(ROOT, 'bench/page.js'))],
    '/bench.css': ['text/css; charset=utf-8', () => readFileSync(join(ROOT, 'bench/bench.css'))],
    '/family-view.bundle.js': ['text/javascript; charset=utf-8', () => readFileSync(BUNDLE)],
  };
  for (const [size, document] of documents) {
    files[`/data/${size}.json`] = ['application/json; charset=utf-8', () => JSON.stringify(document)];
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const headers = { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-store' };
    const file = files[path];
    if (!file) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': file[0] }).end(file[1]());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function openBrowser() {
  if (!existsSync(BUNDLE)) {
    throw new Error(`${relative(ROOT, BUNDLE)} is missing: run \`npm run build\` first (or pass --no-browser).`);
  }
  const sources = Math.max(newestMtime(join(ROOT, 'packages/core/src')), newestMtime(join(ROOT, 'packages/elements/src')));
  if (statSync(BUNDLE).mtimeMs < sources) {
    log('warning: the bundle is older than packages/*/src: run `npm run build` to bench the current code.');
  }
  const { chromium } = await import('playwright-core');
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), headless: true, args: BENCH_CHROMIUM_ARGS });
  const server = await serveBenchPage();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.fvBench !== undefined);
  await page.evaluate(() => window.fvBench.ready);
  return {
    page,
    errors,
    version: browser.version(),
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// --------------------------------------------------------------------------------------
// Scenarios: one Markdown table each. A column's `value(row)` reads the row produced by
// the scenario's `measure(size, context)`.

/** Medians of a `firstRender` result: whole, layout + DOM + paint, and validate + redact. */
function firstRenderFigures(result) {
  return {
    firstRender: median(result.times),
    draw: median(result.drawTimes),
    validateRedact: median(result.stages.validate.map((t, i) => t + result.stages.redact[i])),
  };
}

const SCENARIOS = [
  {
    title: 'Genogram',
    columns: [
      { header: 'Members', align: 'right', value: (row) => int(row.members) },
      { header: 'Layout median (ms)', align: 'right', value: (row) => ms(row.layout) },
      { header: 'First render median (ms)', align: 'right', value: (row) => ms(row.firstRender) },
      { header: 'of which validate + redact (ms)', align: 'right', value: (row) => ms(row.validateRedact) },
      { header: 'Layout + DOM + paint (ms)', align: 'right', value: (row) => ms(row.draw) },
      { header: 'DOM nodes', align: 'right', value: (row) => int(row.domNodes) },
    ],
    async measure(size, context) {
      const document = documents.get(size);
      const row = { members: document.members.length };
      row.layout = median(measureLayout(document));
      log(`  genogram ${size}: layout ${ms(row.layout)} ms`);
      if (context.browser) {
        const result = await context.browser.page.evaluate(
          (options) => window.fvBench.firstRender(options),
          { size, view: 'genogram', runs: RUNS, warmup: WARMUP },
        );
        Object.assign(row, firstRenderFigures(result));
        row.domNodes = result.domNodes;
        if (result.memberNodes !== document.members.length) {
          log(`  warning: ${result.memberNodes} [data-member-id] nodes for ${document.members.length} members`);
        }
        log(`  genogram ${size}: first render ${ms(row.firstRender)} ms (layout + DOM + paint ${ms(row.draw)} ms), ${int(row.domNodes)} DOM nodes`);
      }
      return row;
    },
  },
  {
    title: 'Timeline',
    columns: [
      { header: 'Members', align: 'right', value: (row) => int(row.members) },
      { header: 'Bars', align: 'right', value: (row) => int(row.bars) },
      { header: 'First render median (ms)', align: 'right', value: (row) => ms(row.firstRender) },
      { header: 'of which validate + redact (ms)', align: 'right', value: (row) => ms(row.validateRedact) },
      { header: 'Layout + DOM + paint (ms)', align: 'right', value: (row) => ms(row.draw) },
      { header: 'Zoom frame p50 / p95 (ms)', align: 'right', value: (row) => `${ms(row.zoom50)} / ${ms(row.zoom95)}` },
      { header: 'Pan frame p50 / p95 (ms)', align: 'right', value: (row) => `${ms(row.pan50)} / ${ms(row.pan95)}` },
      {
        header: 'First gesture: zoom, pan p50 / p95 (ms)',
        align: 'right',
        value: (row) => `${ms(row.coldZoom50)} / ${ms(row.coldZoom95)}, ${ms(row.coldPan50)} / ${ms(row.coldPan95)}`,
      },
      { header: 'DOM nodes', align: 'right', value: (row) => int(row.domNodes) },
    ],
    async measure(size, context) {
      const document = documents.get(size);
      const row = { members: document.members.length };
      if (!context.browser) return row;
      const frames = await context.browser.page.evaluate((options) => window.fvBench.timelineFrames(options), { size });
      if (!frames.wired) {
        log(`  timeline ${size}: <family-view view="timeline"> does not draw the timeline yet — skipped`);
        return row;
      }
      const result = await context.browser.page.evaluate(
        (options) => window.fvBench.firstRender(options),
        { size, view: 'timeline', runs: RUNS, warmup: WARMUP },
      );
      Object.assign(row, firstRenderFigures(result));
      row.domNodes = result.domNodes;
      row.bars = frames.bars;
      row.zoom50 = percentile(frames.zoom, 0.5);
      row.zoom95 = percentile(frames.zoom, 0.95);
      row.pan50 = frames.pan.length ? percentile(frames.pan, 0.5) : undefined;
      row.pan95 = frames.pan.length ? percentile(frames.pan, 0.95) : undefined;
      row.coldZoom50 = percentile(frames.coldZoom, 0.5);
      row.coldZoom95 = percentile(frames.coldZoom, 0.95);
      row.coldPan50 = frames.coldPan.length ? percentile(frames.coldPan, 0.5) : undefined;
      row.coldPan95 = frames.coldPan.length ? percentile(frames.coldPan, 0.95) : undefined;
      log(`  timeline ${size}: first render ${ms(row.firstRender)} ms (layout + DOM + paint ${ms(row.draw)} ms), zoom frames ${ms(row.zoom50)} / ${ms(row.zoom95)} ms, pan ${ms(row.pan50)} / ${ms(row.pan95)} ms (first gesture: zoom ${ms(row.coldZoom50)} / ${ms(row.coldZoom95)}, pan ${ms(row.coldPan50)} / ${ms(row.coldPan95)})`);
      return row;
    },
  },
  {
    // The list views draw every worker, service and consent row as text: 120,000 elements at
    // 1,600 members, seconds per render. Larger sizes are left out (minutes per table).
    title: 'Network and consent views',
    columns: [
      { header: 'Members', align: 'right', value: (row) => int(row.members) },
      { header: 'Network: first render median (ms)', align: 'right', value: (row) => ms(row.network?.firstRender) },
      { header: 'Network: layout + DOM + paint (ms)', align: 'right', value: (row) => ms(row.network?.draw) },
      { header: 'Network: DOM nodes', align: 'right', value: (row) => int(row.network?.domNodes) },
      { header: 'Consent: first render median (ms)', align: 'right', value: (row) => ms(row.consent?.firstRender) },
      { header: 'Consent: layout + DOM + paint (ms)', align: 'right', value: (row) => ms(row.consent?.draw) },
      { header: 'Consent: DOM nodes', align: 'right', value: (row) => int(row.consent?.domNodes) },
    ],
    async measure(size, context) {
      const row = { members: documents.get(size).members.length };
      if (!context.browser || size > LIST_VIEWS_MAX_SIZE) return row;
      for (const view of ['network', 'consent']) {
        const result = await context.browser.page.evaluate(
          (options) => window.fvBench.firstRender(options),
          { size, view, runs: RUNS, warmup: WARMUP },
        );
        row[view] = { ...firstRenderFigures(result), domNodes: result.domNodes };
        log(`  ${view} ${size}: first render ${ms(row[view].firstRender)} ms (layout + DOM + paint ${ms(row[view].draw)} ms), ${int(result.domNodes)} DOM nodes`);
      }
      return row;
    },
  },
];

function table(scenario, rows) {
  const header = `| ${scenario.columns.map((c) => c.header).join(' | ')} |`;
  const rule = `| ${scenario.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map((row) => `| ${scenario.columns.map((c) => c.value(row)).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

// --------------------------------------------------------------------------------------

async function main() {
  const context = { browser: BROWSER ? await openBrowser() : null };
  const sections = [];
  try {
    for (const scenario of SCENARIOS) {
      log(`${scenario.title}:`);
      const rows = [];
      for (const size of SIZES) rows.push(await scenario.measure(size, context));
      sections.push(`## ${scenario.title}\n\n${table(scenario, rows)}`);
    }
    if (context.browser?.errors.length) {
      throw new Error(`errors in the bench page:\n${context.browser.errors.join('\n')}`);
    }
  } finally {
    await context.browser?.close();
  }

  const cpus = os.cpus();
  const bundleBytes = existsSync(BUNDLE) ? readFileSync(BUNDLE) : null;
  const machine = [
    `- CPU: ${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node: ${process.version}`,
    `- Chromium: ${context.browser ? context.browser.version : 'not run (--no-browser)'}`,
    ...(bundleBytes
      ? [`- Bundle: ${int(bundleBytes.length)} bytes, ${int(gzipSync(bundleBytes).length)} gzipped`]
      : []),
  ].join('\n');
  const markdown = [
    '# family-view benchmarks',
    '',
    `${new Date().toISOString()} · synthetic families (seed ${SEED}) · median of ${RUNS} runs after ${WARMUP} warm-up run(s)`,
    '',
    'Layout: `layoutGenogram` in Node. First render: headless Chromium, production bundle, fresh `<family-view view="genogram">` (or `"timeline"`, `"network"`, `"consent"`) per run, admin viewer, from setting `data` to the second `requestAnimationFrame` after `updateComplete`. DOM nodes: elements in the widget\'s shadow tree(s). Timeline frames: main-thread time of one zoom step (Ctrl+wheel) or pan step (Shift+arrow), from the animation frame that moves the view to the end of its rendering, scrolled halfway down the lanes (where members have services).',
    '',
    ...sections.flatMap((section) => [section, '']),
    '## Machine',
    '',
    machine,
    '',
  ].join('\n');

  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, markdown);
  process.stdout.write(`\n${markdown}\nwritten to ${relative(ROOT, RESULTS)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
