import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

/**
 * Storybook 10 for newsradio-elements.
 *
 *   npm run storybook          dev server on http://localhost:6006 (`storybook dev -p 6006 --ci`)
 *   npm run build-storybook    manifest + static build in storybook-static/ (works offline)
 *   npm run test:stories       every built story in Chromium: no console errors, no axe violations
 *
 * Telemetry is off here and should also be off in the environment: STORYBOOK_DISABLE_TELEMETRY=1
 * (.ci/run exports it; the variable also covers what the CLI sends before it reads main.ts).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.@(mdx|stories.@(ts|js))'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // Our own small Vite config, not the library build's (vite.config.ts has `build.lib`,
        // the demo config its own root): Storybook only needs the TypeScript settings.
        viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
      },
    },
  },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Stories and tests use the same fixture URLs: /test/fixtures/images/cover-1.svg is served by
  // @web/test-runner from the repo root, and by Storybook through this mapping.
  staticDirs: [{ from: '../test/fixtures', to: '/test/fixtures' }],
  docs: {
    defaultName: 'Docs',
  },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Storybook's own manager/docs chunks are large by nature; keep `--quiet` builds quiet.
    logLevel: 'warn',
    build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
  }),
};

export default config;
