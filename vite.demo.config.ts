import { cpSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * `npm start` (demo/server/start.js): the demo pages in demo/, importing the elements from
 * source. The local stream source (demo/server/stream-source.js) is proxied so the page, its
 * live stream, the now-playing endpoint and the mixes are all same-origin: NR_STREAM_PORT says
 * where it listens (start.js sets it).
 */
const streamSource = `http://127.0.0.1:${process.env.NR_STREAM_PORT || 8001}`;
const index = fileURLToPath(new URL('./demo/index.html', import.meta.url));

/**
 * demo/dark-rtl.html is index.html with `dir="rtl"` on <html> and `theme="dark"` on <body>: one
 * page's markup to maintain, two ways to look at it.
 */
const darkRtl = (): Plugin => ({
  name: 'nr-demo-dark-rtl',
  transformIndexHtml: {
    order: 'pre',
    handler(html, ctx) {
      if (!ctx.filename.endsWith('dark-rtl.html')) return html;
      return readFileSync(index, 'utf8')
        .replace(/<html lang="en">/, '<html lang="en" dir="rtl">')
        .replace(/<body>/, '<body theme="dark">')
        .replace(/<title>/, '<title>Dark, RTL · ')
        .replace(/<a class="variant" href="[^"]*">[^<]*<\/a>/, '<a class="variant" href="/">Light, left to right</a>');
    },
  },
});

/** `vite build --config vite.demo.config.ts`: the fixture data is fetched at run time, not imported. */
const copyData = (): Plugin => {
  let outDir = '';
  return {
    name: 'nr-demo-data',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle: () => cpSync(fileURLToPath(new URL('./demo/data', import.meta.url)), resolve(outDir, 'data'), { recursive: true }),
  };
};

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  publicDir: 'public', // robots.txt
  plugins: [darkRtl(), copyData()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: ['..'] },
    proxy: {
      '/stream': streamSource,
      '/status-json.xsl': streamSource,
      '/mixes/': streamSource,
    },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index,
        'dark-rtl': fileURLToPath(new URL('./demo/dark-rtl.html', import.meta.url)),
        customizer: fileURLToPath(new URL('./demo/customizer.html', import.meta.url)),
        'player-popup': fileURLToPath(new URL('./demo/player-popup.html', import.meta.url)),
      },
    },
  },
});
