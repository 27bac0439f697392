/**
 * Custom Elements Manifest (`custom-elements.json`) for @family-view/elements, from the
 * JSDoc on the element (`@fires`, `@csspart`, `@cssprop`) and its Lit properties. Run in
 * this folder (`npm run manifest`, also part of `npm run build`); test/manifest.node.test.ts
 * checks the committed file is current.
 *
 * Only the public surface is analysed: the element, its events and the entry points.
 * Everything else is internal, and listing it would make the manifest churn with every
 * refactoring.
 */
export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/events.ts', 'src/family-view/family-view.ts'],
  outdir: '.',
  litelement: true,
  // package.json already says "customElements": "custom-elements.json".
  packagejson: false,
};
