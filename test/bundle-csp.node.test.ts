/**
 * The self-contained bundle under a strict Content-Security-Policy, in headless Chromium.
 *
 * Needs `npm run build` first (CI builds before testing): it loads
 * packages/elements/dist/family-view.bundle.js from a tiny static server on 127.0.0.1
 * whose every response carries the CSP below, renders the blended family for the admin
 * viewer, and asserts no CSP violation, no console or page error, Lit's styles adopted
 * (no <style> fallback) and every member rendered.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, STRICT_CSP, chromiumPath } from '../scripts/chromium.mjs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { fixtures } from './fixtures/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = `${ROOT}packages/elements/dist/family-view.bundle.js`;
const MISSING_BUNDLE =
  'packages/elements/dist/family-view.bundle.js is missing: run `npm run build` first (CI builds before testing).';




const fixture = fixtures.blendedFamily;
const memberIds = fixture.members.map((member) => member.id).sort();

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  line: number;
}

interface Rendered {
  shadowRoots: number;
  styleElementsInShadowRoots: number;
  adoptedStyleSheets: number;
  memberNodes: number;
  memberIds: string[];
  errorParts: number;
}

function serve(): Promise<Server> {
  const files: Record<string, () => { type: string; body: string | Buffer }> = {
    '/': () => ({ type: 'text/html; charset=utf-8', body: readFileSync(`${ROOT}test/csp/index.html`) }),
    '/page.js': () => ({ type: 'text/javascript; charset=utf-8', body: readFileSync(`${ROOT}test/csp/page.js`) }),
    '/family-view.bundle.js': () => ({ type: 'text/javascript; charset=utf-8', body: readFileSync(BUNDLE) }),
    '/fixture.json': () => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(fixture) }),
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files[path];
    const headers = {
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
    } else if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
    } else {
      const { type, body } = file();
      response.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the bundle under a strict Content-Security-Policy', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;

  before(async () => {
    if (!existsSync(BUNDLE)) return; // each test reports the missing build
    server = await serve();
    const executablePath = chromiumPath();
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), headless: true, args: [...CHROMIUM_ARGS] });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  test('the bundle has been built', () => {
    assert.ok(existsSync(BUNDLE), MISSING_BUNDLE);
  });

  test('the bundle holds no eval, new Function or Lit dev mode', () => {
    if (!existsSync(BUNDLE)) assert.fail(MISSING_BUNDLE);
    const code = readFileSync(BUNDLE, 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(/, 'eval( in the bundle');
    assert.doesNotMatch(code, /\bnew\s+Function\b/, 'new Function in the bundle');
    assert.doesNotMatch(code, /(?<![\w$.])Function\s*\(\s*["'`]/, 'Function("…") in the bundle');
    assert.doesNotMatch(code, /Lit is in dev mode/, 'Lit development build in the bundle');
    assert.doesNotMatch(code, /^\s*import\s|(?<![\w$.])import\s*\(/m, 'the bundle is not self-contained (import)');
  });

  test('renders the blended family for the admin viewer with no violation or error', { timeout: 60_000 }, async () => {
    if (!existsSync(BUNDLE)) assert.fail(MISSING_BUNDLE);
    assert.ok(server && browser, 'server and browser started');
    const { port } = server.address() as AddressInfo;

    const page = await browser.newPage();
    const violations: Violation[] = [];
    const consoleErrors: string[] = [];
    const consoleWarnings: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
      if (message.type() === 'warning') consoleWarnings.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    // Listen from before any page script runs (init scripts are not subject to the CSP).
    await page.exposeFunction('__fvReportViolation', (violation: Violation) => violations.push(violation));
    await page.addInitScript(() => {
      const report = (window as unknown as { __fvReportViolation: (v: unknown) => void }).__fvReportViolation;
      document.addEventListener(
        'securitypolicyviolation',
        (event) =>
          report({
            directive: event.effectiveDirective || event.violatedDirective,
            blockedURI: event.blockedURI,
            sample: event.sample,
            sourceFile: event.sourceFile,
            line: event.lineNumber,
          }),
        true,
      );
    });

    try {
      const response = await page.goto(`http://127.0.0.1:${port}/`);
      assert.equal(response?.headers()['content-security-policy'], STRICT_CSP, 'the page is served with the strict CSP');
      await page.waitForFunction(() => (window as unknown as { __csp?: { done: boolean } }).__csp?.done === true, null, {
        timeout: 30_000,
      });
      const pageState = await page.evaluate(() => {
        const csp = (window as unknown as { __csp: { error: string | null; violations: Violation[] } }).__csp;
        return { error: csp.error, violations: csp.violations };
      });
      // Any violation reported in the page too (the exposed function is asynchronous).
      await page.waitForTimeout(100);

      // What the page rendered, through every open shadow root (counted by page.js: a
      // function defined here would be transpiled by tsx with helpers the page lacks).
      const rendered = await page.evaluate(() => (window as unknown as { __csp: { inspect(): Rendered } }).__csp.inspect());

      assert.equal(pageState.error, null, `the host page script failed: ${pageState.error}`);
      assert.deepEqual(violations, [], 'no securitypolicyviolation events');
      assert.deepEqual(pageState.violations, [], 'no securitypolicyviolation events (page listener)');
      assert.deepEqual(pageErrors, [], 'no uncaught page errors');
      assert.deepEqual(consoleErrors, [], 'no console errors');
      assert.deepEqual(
        consoleWarnings.filter((text) => /dev mode|development/i.test(text)),
        [],
        'Lit runs in production mode',
      );
      assert.ok(rendered.shadowRoots > 0, 'the widget has a shadow root');
      assert.equal(rendered.styleElementsInShadowRoots, 0, 'no <style> fallback: Lit adopts its stylesheets');
      assert.ok(rendered.adoptedStyleSheets > 0, 'the widget adopted its stylesheets');
      assert.equal(rendered.errorParts, 0, 'the valid fixture shows no error box');
      assert.equal(rendered.memberNodes, memberIds.length, 'one [data-member-id] node per member');
      assert.deepEqual(rendered.memberIds, memberIds, 'every member of the fixture is rendered');
    } finally {
      await page.close();
    }
  });
});
