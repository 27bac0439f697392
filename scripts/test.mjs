// `npm test`: core unit/property tests in Node, then element tests in headless
// Chromium; ends with one line "N passed, N failed" that any CI can read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Node 20's `--test` does not expand globs: list the Node test files ourselves.
function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findFiles(path, suffix);
    return entry.name.endsWith(suffix) && !entry.name.endsWith('.browser.test.ts') ? [path] : [];
  });
}
const nodeTestFiles = [...findFiles('packages/core/test', '.test.ts'), ...findFiles('test', '.node.test.ts')].sort();

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout ?? '');
  return { status: r.status ?? 1, stdout: r.stdout ?? '' };
}

const core = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', '--test-reporter-destination=.test-results/core.tap', ...nodeTestFiles]);
const tap = existsSync('.test-results/core.tap') ? readFileSync('.test-results/core.tap', 'utf8') : '';
const num = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
let passed = num('pass');
let failed = num('fail') + num('cancelled') + (core.status !== 0 && num('fail') === 0 ? 1 : 0);

const browser = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
const counts = existsSync('.test-results/browser.json') ? JSON.parse(readFileSync('.test-results/browser.json', 'utf8')) : null;
if (counts) {
  passed += counts.passed;
  failed += counts.failed + counts.erroredFiles;
}
if (browser.status !== 0 && (!counts || counts.failed + counts.erroredFiles === 0)) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || core.status !== 0 || browser.status !== 0 ? 1 : 0);
