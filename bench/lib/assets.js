import { deflateSync } from 'node:zlib';

// Everything the bench pages load that is not a contestant: a WAV tone made in pure JS, cover
// and article images (SVG), and the HTML page of each contestant × scenario.

/** A mono 16-bit PCM WAV of a sine tone (no ffmpeg needed). */
export function makeWav({ seconds = 6, rate = 22050, freq = 440 } = {}) {
  const samples = Math.round(seconds * rate);
  const buf = Buffer.alloc(44 + samples * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + samples * 2, 4);
  buf.write('WAVE', 8);
  buf.write('fmt ', 12);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) buf.writeInt16LE(Math.round(Math.sin((2 * Math.PI * freq * i) / rate) * 8000), 44 + i * 2);
  return buf;
}

// Raster images (PNG), not SVG: Blink rasterizes SVG images on the main thread, which would
// add image cost to the CPU figures of every contestant that shows covers.
const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** An RGB PNG of `w`×`h` whose pixel colour is `paint(x, y) → [r, g, b]`. */
export function makePng(w, h, paint) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1);
    for (let x = 0; x < w; x++) raw.set(paint(x, y), row + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const COLOURS = [[200, 60, 40], [210, 160, 30], [90, 160, 60], [30, 150, 140], [40, 120, 200], [70, 70, 190], [140, 70, 190], [190, 60, 130]];
const light = (c) => c.map((v) => Math.round(v + (255 - v) * 0.6));
const cover = (c) => makePng(96, 96, (x, y) => ((x - 48) ** 2 + (y - 48) ** 2 < 22 ** 2 ? light(c) : c));
const photo = (c) => makePng(640, 360, (x, y) => (y > 280 - Math.abs(((x % 200) - 100) * 0.8) ? c.map((v) => v >> 1) : light(c)));

/** Static routes (exact paths) for serveStatic: tone, covers, photos. */
export function assetRoutes() {
  const routes = { '/bench/assets/tone.wav': { body: makeWav(), type: 'audio/wav' } };
  COLOURS.forEach((c, i) => {
    routes[`/bench/assets/cover-${i}.png`] = { body: cover(c), type: 'image/png' };
    routes[`/bench/assets/img-${i}.png`] = { body: photo(c), type: 'image/png' };
  });
  return routes;
}

/** The page of one contestant in one scenario: the common harness plus the contestant's adapter. */
export function pageHtml(adapter, scenario) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench: ${adapter} ${scenario}</title>
<link rel="icon" href="data:,">
<style>body{margin:0;font-family:system-ui,sans-serif}</style>
<script type="module">
import { start } from '/bench/pages/harness.js';
import * as adapter from '/bench/pages/${adapter}.js';
start(adapter, '${scenario}');
</script>
</head><body><div id="root"></div></body></html>`;
}
