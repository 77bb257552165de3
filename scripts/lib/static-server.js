// A tiny static file server on 127.0.0.1 (no dependencies), for checks that load built output.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CHROMIUM_ARGS } from './chromium-args.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.map': 'application/json',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

/**
 * Sends `body` the way file hosting does (nginx, a CDN): with its length, and with `Range`
 * requests answered by 206 — media elements need both to read a file's metadata and seek
 * without downloading it whole.
 */
function send(req, res, body, type) {
  const data = Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  const headers = { 'content-type': type, 'accept-ranges': 'bytes' };
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const size = data.length;
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
    res.end(data.subarray(start, end + 1));
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': data.length });
  res.end(data);
}

/** Serves `root`; `routes` maps exact paths to `{ body, type }`. Resolves to `{ url, close }`. */
export async function serveStatic(root, routes = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (routes[path]) {
      send(req, res, routes[path].body, routes[path].type ?? TYPES[extname(path)] ?? 'text/plain');
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(req, res, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export const chromiumLaunchOptions = () => ({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
