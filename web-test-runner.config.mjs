// Browser tests: real headless Chromium, never jsdom. The browser comes from
// CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';


const executablePath = chromiumPath();

export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 240000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        headless: true,
        // gc() for the tests that check a removed widget can be collected (memory.browser.test.ts).
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter('.test-results/browser.json')],
};
