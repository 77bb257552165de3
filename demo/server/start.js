#!/usr/bin/env node
/**
 * `npm start`: the local stream source and the Vite dev server for demo/, in one process.
 * Prints the URL; Ctrl-C (or SIGTERM) stops both, and the stream source's encoder with them.
 *
 *   npm start                          http://127.0.0.1:5173/ (the next free port if taken)
 *   npm start -- --port 8080 --stream-port 9001
 *   npm start -- --prod                the production build (dist-demo/) instead of the dev server
 *
 * `startDemo()` is also used by scripts/check-demo.js.
 */
import { createServer as createNetServer } from 'node:net';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { startStreamSource } from './stream-source.js';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/**
 * Starts both servers. Resolves to `{ url, streamUrl, ffmpeg, close() }`; port 0 picks free
 * ports; `titleInterval` (ms) is how often the live title changes; `watch: false` turns off
 * Vite's file watching and hot reload.
 */
export async function startDemo({ port = 5173, streamPort = 8001, quiet = false, titleInterval, watch = true, prod = false } = {}) {
  const options = { log: quiet ? () => {} : console.log, titleInterval };
  let stream;
  try {
    stream = await startStreamSource({ ...options, port: streamPort });
  } catch (e) {
    if (e.code !== 'EADDRINUSE') throw e;
    stream = await startStreamSource({ ...options, port: 0 });
  }
  // vite.demo.config.ts reads it to proxy /stream, /status-json.xsl and /mixes/ to the stream source.
  process.env.NR_STREAM_PORT = String(stream.port);
  const { build, createServer, preview } = await import('vite');
  const common = {
    configFile: fileURLToPath(new URL('../../vite.demo.config.ts', import.meta.url)),
    logLevel: quiet ? 'error' : 'info',
    clearScreen: false,
  };
  let server;
  try {
    if (prod) {
      // The production build (dist-demo/) served by `vite preview`, with the same proxies.
      await build(common);
      server = await preview({ ...common, preview: { port: port || (await freePort()), strictPort: false } });
    } else {
      server = await createServer({
        ...common,
        // watch: false (checks) serves files as they are: no reloads while someone edits src/.
        server: { port: port || (await freePort()), strictPort: false, ...(watch ? {} : { hmr: false, watch: null }) },
      });
      await server.listen();
    }
  } catch (e) {
    await stream.close();
    throw e;
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  let closing;
  return {
    url,
    streamUrl: stream.url,
    ffmpeg: stream.ffmpeg,
    close: () => (closing ??= Promise.allSettled([server.close(), stream.close()])),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const prod = process.argv.includes('--prod');
  if (prod) console.log('  Building the demo (dist-demo/)…');
  const demo = await startDemo({ port: arg('port', 5173), streamPort: arg('stream-port', 8001), quiet: true, prod });
  console.log(`
  newsradio-elements demo

    ${demo.url}              the reference page
    ${demo.url}dark-rtl.html dark theme, right to left

  Live stream: ${demo.streamUrl}/stream (${demo.ffmpeg ? 'MP3 encoded by ffmpeg' : 'WAV, no ffmpeg found'}), now playing at /status-json.xsl
  Press Ctrl-C to stop.
`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return process.exit(1); // a second Ctrl-C: leave at once
    stopping = true;
    console.log('\n  Stopping…');
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
}
