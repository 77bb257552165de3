import { defineConfig } from 'vite';

/**
 * Vite config for Storybook only (`viteConfigPath` in main.ts), so that changes to the library
 * build (vite.config.ts: `build.lib`, plugins) or the demo (vite.demo.config.ts) never leak into
 * Storybook.
 *
 * Decorators: the elements use Lit's legacy decorators (`experimentalDecorators: true` and
 * `useDefineForClassFields: false` in tsconfig.json). Vite 8 transforms TypeScript with Oxc,
 * which reads both options from the tsconfig.json whose `include` covers the file (src, stories,
 * .storybook all are). If a file fell outside it, decorators would stay in the output and
 * Chromium would throw, or class fields would shadow Lit's accessors; scripts/check-stories.js
 * fails on both (page error / `customElements.get` / own-property check).
 */
export default defineConfig({});
