// The one place that says which Chromium the tests and the benchmark drive, how it is
// started on this kind of machine (root, no GPU, closed network), and the strict CSP the
// bundle must run under.
import { existsSync } from 'node:fs';

/** CHROME_PATH, then Debian's /usr/bin/chromium, else undefined (Playwright's own browser). */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lit creates exactly one Trusted Types policy, named `lit-html`; nothing else is allowed. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
