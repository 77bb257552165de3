// @web/test-runner in real browsers: Debian's Chromium (playwright), Firefox ESR (puppeteer over
// WebDriver BiDi) and WebKit (WebKitWebDriver under Xvfb, started by scripts/with-webkit-driver.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { audioServers } from './test/support/audio-servers.js';
import { feedFaultMiddleware } from './test/support/feed-fault-middleware.js';
import { cspMiddleware } from './test/support/csp-middleware.js';
import { CHROMIUM_ARGS } from './scripts/lib/chromium-args.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const chromiumArgs = CHROMIUM_ARGS;

async function browsersFor(names) {
  const browsers = [];
  if (names.includes('chromium')) {
    browsers.push(
      playwrightLauncher({
        product: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          headless: true,
          args: chromiumArgs,
        },
      }),
    );
  }
  if (names.includes('firefox')) {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    browsers.push(
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
          headless: true,
          extraPrefsFirefox: {
            'media.autoplay.default': 0,
            'media.autoplay.blocking_policy': 0,
            // No audio device in the container: without a mock cubeb context every media element
            // fails with OnMediaSinkAudioError; with it, currentTime advances in real time.
            'media.cubeb.force_mock_context': true,
          },
        },
      }),
    );
  }
  if (names.includes('webkit')) {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    browsers.push(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation', '--autoplay-policy=allow'] },
        },
      }),
    );
  }
  return browsers;
}

const requested = (process.env.BROWSERS || 'chromium').split(',');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [feedFaultMiddleware, cspMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), audioServers()],
  browsers: await browsersFor(requested),
  testFramework: { config: { timeout: 20000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
