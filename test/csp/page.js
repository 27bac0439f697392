// The host page of the CSP test, as a host with a strict Content-Security-Policy would
// write it: an external module script that loads the self-contained bundle, fetches a
// family document and hands it to <family-view> with a viewer.
//
// Every `securitypolicyviolation` is recorded in `window.__csp.violations` (the test
// also listens from an init script, so nothing before this module is missed).

const state = { violations: [], done: false, error: null, memberCount: null, inspect };
window.__csp = state;

/** What the page rendered, looking through every open shadow root (read by the test). */
function inspect() {
  const roots = [];
  const collect = (root) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
  };
  collect(document);
  const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  const host = document.querySelector('family-view');
  const members = all('[data-member-id]');
  return {
    shadowRoots: roots.length - 1,
    styleElementsInShadowRoots: roots.slice(1).reduce((n, root) => n + root.querySelectorAll('style').length, 0),
    adoptedStyleSheets: host?.shadowRoot?.adoptedStyleSheets.length ?? 0,
    memberNodes: members.length,
    memberIds: [...new Set(members.map((element) => element.getAttribute('data-member-id') ?? ''))].sort(),
    errorParts: all('[part~="error"]').length,
  };
}

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    state.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
    });
  },
  true,
);

async function main() {
  // Dynamic import so that the listener above is in place before the bundle runs.
  await import('/family-view.bundle.js');
  await customElements.whenDefined('family-view');

  const response = await fetch('/fixture.json');
  if (!response.ok) throw new Error(`fixture: HTTP ${response.status}`);
  const document_ = await response.json();
  state.memberCount = document_.members.length;

  const element = document.querySelector('family-view');
  element.viewer = { kind: 'admin' };
  element.data = document_;
  await element.updateComplete;
  // Two frames: nested elements have rendered and the page has painted.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  state.done = true;
}

main().catch((error) => {
  state.error = String(error && error.stack ? error.stack : error);
  state.done = true;
});
