// Screenshot tests (docs/visual-regression.md): test/visual/*.visual.ts in Chromium only, compared
// with the committed baselines in test/visual/screenshots/chromium/baseline/.
//
//   npm run test:visual           compare (fails on a difference above the threshold)
//   npm run test:visual:update    write new baselines (review the PNGs before committing them)
//
// Everything else (Chromium launcher and flags, esbuild, fixture servers, middleware, timeouts)
// is web-test-runner.config.js's. The main config never picks these files up: its glob is
// test/**/*.test.ts.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

// Baselines exist for Chromium only (fonts and anti-aliasing differ per engine), so the base
// config is loaded with BROWSERS=chromium whatever the environment says.
const requested = process.env.BROWSERS;
process.env.BROWSERS = 'chromium';
const { default: base } = await import('./web-test-runner.config.js');
if (requested === undefined) delete process.env.BROWSERS;
else process.env.BROWSERS = requested;

/** The demo's pages fetch `/data/…` (demo/ is Vite's root in `npm start`); here it is /demo/data/. */
const demoData = (ctx, next) => {
  if (ctx.url.startsWith('/data/')) ctx.url = `/demo${ctx.url}`;
  return next();
};

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  middleware: [...base.middleware, demoData],
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      // pixelmatch's per-pixel colour tolerance (its default), and a screenshot fails when more
      // than 25 of its pixels differ. Measured here: repeated runs differ by 0 pixels; a category
      // label in another colour differs by ~140 pixels, under 0.1 % of a card (a percentage
      // threshold such as 0.5 % would let it through). Baselines come from Debian's Chromium, as
      // CI uses, with the system fonts: another Chromium or font set needs new baselines.
      diffOptions: { threshold: 0.1 },
      failureThreshold: 25,
      failureThresholdType: 'pixel',
    }),
  ],
  coverage: false,
  testFramework: { config: { timeout: 60000 } },
};
