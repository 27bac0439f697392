/**
 * The self-contained bundle for a `<script type="module">` tag with no build step:
 * `dist/family-view.bundle.js`, one minified ES module with Lit, @lit/localize, the d3
 * parts and @family-view/core inside (nothing external, the locale modules inlined).
 *
 * Run by `npm run build` after `tsc -p tsconfig.build.json`, so `emptyOutDir` stays off:
 * dist/ already holds the tsc output.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const packageRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: packageRoot,
  // A library build: no public/ assets, no .env files, no HTML.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  resolve: {
    // Our packages through their `source` export (src/index.ts). In a build the
    // `development|production` entry becomes `production`, so Lit resolves to its
    // production files, not `development/`.
    conditions: ['source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: 'oxc',
    reportCompressedSize: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'family-view.bundle.js',
    },
    rolldownOptions: {
      // Self-contained: bundle every dependency.
      external: [],
      output: {
        // One file: inline the lazily loaded locale modules instead of emitting chunks.
        codeSplitting: false,
        // Vite's library mode keeps whitespace in ES output; this bundle is for browsers
        // as is, so minify it completely.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
