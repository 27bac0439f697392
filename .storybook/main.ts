/**
 * Storybook for <family-view>: every visual state of the widget (`npm run storybook`,
 * `npm run build-storybook` → storybook-static/).
 *
 * The Vite builder also loads the root vite.config.ts (it overrides its `root`); the
 * `source` export condition is set again here so that `@family-view/core` and
 * `@family-view/elements` always resolve to their src/index.ts, never to a stale dist/.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig, { configType }) {
    const { createLogger, defaultClientConditions } = await import('vite');
    const conditions = viteConfig.resolve?.conditions ?? [...defaultClientConditions];
    const production = configType === 'PRODUCTION';
    return {
      ...viteConfig,
      resolve: {
        ...viteConfig.resolve,
        conditions: ['source', ...conditions.filter((condition) => condition !== 'source')],
      },
      // `build-storybook` on CI: Vite's warnings and errors only, not every asset it writes
      // (Storybook's own Vite logger ignores the log level, so replace it).
      ...(production ? { logLevel: 'warn' as const, customLogger: createLogger('warn', { prefix: '[vite]' }) } : {}),
      build: {
        ...viteConfig.build,
        reportCompressedSize: false,
        // axe-core (addon-a11y) and the 400-member story make large preview chunks; expected.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false },
        },
      },
    };
  },
};

export default config;
