/**
 * `npm start` / `npm run dev`: the demo host page (demo/index.html) on 127.0.0.1.
 * Our packages resolve through their `source` export (src/index.ts), so edits to
 * packages/<name>/src show up without a build. Storybook loads this file too
 * (it overrides `root`), and adds the same condition in .storybook/main.ts.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** `npm start` passes `--open`; on CI (CI set) the browser stays closed whatever the flag. */
function noBrowserOnCi(): Plugin {
  return {
    name: 'family-view:no-browser-on-ci',
    apply: 'serve',
    config: () => (process.env.CI ? { server: { open: false } } : undefined),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  publicDir: false,
  plugins: [noBrowserOnCi()],
  resolve: {
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    // The demo imports the shared fixtures from ../test/.
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: fileURLToPath(new URL('./dist/demo', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
