#!/usr/bin/env node
/**
 * A tiny local "radio station" for the demo, with no dependencies beyond node (and ffmpeg when
 * present): an endless live stream, an Icecast-style now-playing endpoint and six short
 * on-demand mixes. `npm start` runs it beside Vite, which proxies these paths so the demo page
 * is same-origin; it also runs on its own:
 *
 *   node demo/server/stream-source.js [--port 8001] [--host 127.0.0.1] [--title-interval 8]
 *
 *   GET /stream            endless live audio, like an Icecast mount: every listener joins "now"
 *                          (plus a short burst so playback starts at once). MP3 (audio/mpeg,
 *                          no Xing header, so browsers report duration Infinity) encoded by
 *                          ffmpeg; without ffmpeg, a WAV (audio/wav) whose header claims ~6 hours.
 *                          No ICY metadata: titles come from the status endpoint. Range is ignored.
 *   GET /status-json.xsl   Icecast 2.4 status JSON; `icestats.source.title` changes every few seconds.
 *   GET /mixes/<slug>      the six mixes (40 s each), MP3 rendered once into a cache directory under
 *                          the OS temp dir (WAV without ffmpeg); Range requests work (seeking).
 *   GET /                  a JSON index of the above.
 *
 * All audio comes from one small synthesizer in this file (chords, bass, a soft beat), so the
 * live station and the mixes sound like music rather than a test tone. Only 127.0.0.1 by default.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
const BITRATE = 96;

// ---------------------------------------------------------------------------------------------
// Synthesizer: a deterministic function of the sample index, so the live clock can restart.

/** Semitone offsets relative to the root for the chords of a progression (one chord per bar). */
const PROGRESSIONS = {
  pop: [[0, 3, 7], [-4, 0, 3], [3, 7, 10], [-2, 2, 5]], // i VI III VII
  lofi: [[0, 3, 7, 10], [5, 8, 12, 15], [-2, 2, 5, 9], [3, 7, 10, 14]],
  jazz: [[2, 5, 9, 12], [7, 11, 14, 17], [0, 4, 7, 11], [0, 4, 7, 11]], // ii V I I
  highlife: [[0, 4, 7], [5, 9, 12], [7, 11, 14], [5, 9, 12]],
  house: [[0, 3, 7, 10], [0, 3, 7, 10], [-4, 0, 3, 7], [-2, 2, 5, 9]],
  acoustic: [[0, 4, 7], [7, 11, 14], [9, 12, 16], [5, 9, 12]],
};

const TAU = 2 * Math.PI;
const hz = (root, semis) => root * 2 ** (semis / 12);
const noise = (i, seed) => ((Math.imul(i ^ seed, 2654435761) ^ Math.imul(i + seed, 1597334677)) >>> 0) / 2 ** 31 - 1;

/** Returns `sample(i) → [-1, 1]` for one "track". */
export function makeSynth({ root = 220, bpm = 86, chords = PROGRESSIONS.pop, seed = 1, beat = true, hiss = 0.003 } = {}) {
  const spb = 60 / bpm;
  return (i) => {
    const t = i / RATE;
    const beats = t / spb;
    const bar = Math.floor(beats / 4);
    const chord = chords[bar % chords.length];
    const inBar = (beats / 4) % 1;
    const padEnv = Math.min(1, inBar * 40, (1 - inBar) * 40);
    let s = 0;
    for (const n of chord) s += Math.sin(TAU * hz(root, n) * t) * 0.045 * padEnv;
    // arpeggio in eighths, an octave up
    const eighths = beats * 2;
    const e = Math.floor(eighths);
    const inEighth = eighths % 1;
    const note = chord[(e * 3 + (bar & 1)) % chord.length] + 12;
    s += Math.sin(TAU * hz(root, note) * t) * 0.07 * Math.exp(-5 * inEighth) * Math.min(1, inEighth * 300);
    const beatIndex = Math.floor(beats) % 4;
    const inBeat = beats % 1;
    if (beatIndex === 0 || beatIndex === 2) {
      // bass note and a soft kick
      s += Math.sin(TAU * hz(root / 2, chord[0]) * t) * 0.12 * Math.exp(-2 * inBeat) * Math.min(1, inBeat * 300);
      if (beat) {
        const kt = inBeat * spb;
        s += Math.sin(TAU * (48 * kt + (110 * (1 - Math.exp(-kt * 25))) / 25)) * 0.28 * Math.exp(-kt * 14);
      }
    }
    if (beat && e % 2 === 1) s += noise(i, seed) * 0.04 * Math.exp(-inEighth * 30);
    s += noise(i, seed + 7) * hiss;
    return Math.tanh(s * 1.3) * 0.8;
  };
}

/** Renders samples `[from, from + count)` as 16-bit little-endian PCM. */
function pcm(synth, from, count) {
  const buf = Buffer.allocUnsafe(count * 2);
  for (let k = 0; k < count; k++) buf.writeInt16LE(Math.round(synth(from + k) * 32767), k * 2);
  return buf;
}

/** A 44-byte WAV header (PCM s16le mono) announcing `dataBytes` of data. */
function wavHeader(dataBytes) {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(Math.min(0xffffffff, dataBytes + 36), 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

export const hasFfmpeg = () => {
  if (process.env.NR_NO_FFMPEG) return false;
  try {
    return spawnSync(process.env.FFMPEG || 'ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
};

const ffmpegArgs = (extra) => [
  '-hide_banner', '-loglevel', 'error', '-f', 's16le', '-ar', String(RATE), '-ac', '1', '-i', 'pipe:0',
  '-c:a', 'libmp3lame', '-b:a', `${BITRATE}k`, '-write_xing', '0', ...extra,
];

// ---------------------------------------------------------------------------------------------
// The station and the mixes

export const STATION = {
  name: 'FlowFm92.7',
  description: 'Araba Radio — the local live stream of the newsradio-elements demo',
  genre: 'Highlife, Afrobeats, Talk',
  synth: { root: 220, bpm: 92, chords: PROGRESSIONS.pop, seed: 3 },
  titles: [
    'Ama Serwaa - Harmattan Breeze',
    'The Osu Quartet - Coastline',
    'DJ Kwesi - Friday Feeling',
    'Efua & The Tides - Lagoon Lights',
    'FlowFM News - Headlines at the top of the hour',
    'Nii Tackie - Market Day',
    'Araba Radio - Drive Time with Kofi',
  ],
};

export const MIXES = [
  { slug: '01-lofi-in-space', title: '01. LOFI IN SPACE chill lofi beats to vibe', artist: 'Afro Lofi Beats', synth: { root: 196, bpm: 72, chords: PROGRESSIONS.lofi, seed: 11, hiss: 0.012 } },
  { slug: '01-jazz', title: '01. Jazz', artist: 'FlowFM mix', synth: { root: 233.08, bpm: 104, chords: PROGRESSIONS.jazz, seed: 12 } },
  { slug: '01-highlife-sundays', title: '01. Highlife Sundays', artist: 'FlowFM mix', synth: { root: 261.63, bpm: 116, chords: PROGRESSIONS.highlife, seed: 13 } },
  { slug: '01-deep-house-drive', title: '01. Deep House Drive', artist: 'FlowFM mix', synth: { root: 174.61, bpm: 122, chords: PROGRESSIONS.house, seed: 14 } },
  { slug: '01-amapiano-sunset', title: '01. Amapiano Sunset', artist: 'Afro Lofi Beats', synth: { root: 207.65, bpm: 112, chords: PROGRESSIONS.lofi, seed: 15 } },
  { slug: '01-morning-acoustic', title: '01. Morning Acoustic', artist: 'FlowFM mix', synth: { root: 246.94, bpm: 84, chords: PROGRESSIONS.acoustic, seed: 16, beat: false } },
];
const MIX_SECONDS = 40;

// ---------------------------------------------------------------------------------------------
// Live stream: one clock, one encoder, many listeners

class LiveStream {
  constructor({ useFfmpeg, log }) {
    this.useFfmpeg = useFfmpeg;
    this.log = log;
    this.type = useFfmpeg ? 'audio/mpeg' : 'audio/wav';
    this.synth = makeSynth(STATION.synth);
    this.clients = new Set();
    this.peak = 0;
    this.epoch = Date.now();
    this.startedAt = new Date();
    this.produced = 0;
    this.burst = [];
    this.burstBytes = 0;
    this.timer = undefined;
    this.encoder = undefined;
    this.idleTimer = undefined;
  }

  /** Keeps the last ~2 s of output for listeners who join (Icecast's burst-on-connect). */
  #remember(chunk) {
    this.burst.push(chunk);
    this.burstBytes += chunk.length;
    const limit = this.useFfmpeg ? (BITRATE * 1000 * 2) / 8 : RATE * 2 * 2;
    while (this.burstBytes - this.burst[0].length > limit) this.burstBytes -= this.burst.shift().length;
  }

  #broadcast(chunk) {
    this.#remember(chunk);
    for (const res of this.clients) res.write(chunk);
  }

  #start() {
    if (this.timer) return;
    // Live means "now": skip the samples nobody listened to.
    this.produced = Math.floor(((Date.now() - this.epoch) * RATE) / 1000);
    this.burst = [];
    this.burstBytes = 0;
    if (this.useFfmpeg) {
      const enc = spawn(process.env.FFMPEG || 'ffmpeg', ffmpegArgs(['-flush_packets', '1', '-f', 'mp3', 'pipe:1']), {
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      this.encoder = enc;
      let stderr = '';
      enc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
      enc.stdout.on('data', (chunk) => this.#broadcast(chunk));
      enc.stdin.on('error', () => {});
      enc.on('exit', (code, signal) => {
        if (this.encoder !== enc) return; // stopped on purpose
        this.log(`stream-source: encoder stopped (${signal ?? code}); listeners dropped. ${stderr.trim()}`);
        this.#stop();
        for (const res of this.clients) res.end();
        this.clients.clear();
      });
    }
    const tick = () => {
      const due = Math.floor(((Date.now() - this.epoch) * RATE) / 1000);
      if (due <= this.produced) return;
      const chunk = pcm(this.synth, this.produced, due - this.produced);
      this.produced = due;
      if (this.encoder) this.encoder.stdin.write(chunk);
      else this.#broadcast(chunk);
    };
    // Prime ~1 s so the first listener gets sound at once, then keep pace with the wall clock.
    this.epoch -= 1000;
    tick();
    this.timer = setInterval(tick, 100);
  }

  #stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    const enc = this.encoder;
    this.encoder = undefined;
    if (enc) {
      enc.stdin.end();
      enc.kill('SIGTERM');
    }
  }

  add(req, res) {
    clearTimeout(this.idleTimer);
    res.writeHead(200, {
      'content-type': this.type,
      'cache-control': 'no-cache, no-store',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return void res.end();
    if (!this.useFfmpeg) res.write(wavHeader(0x7ffff000)); // ~13.5 hours "long": an endless WAV
    this.#start();
    for (const chunk of this.burst) res.write(chunk);
    this.clients.add(res);
    this.peak = Math.max(this.peak, this.clients.size);
    req.on('close', () => {
      this.clients.delete(res);
      // Stop encoding a while after the last listener left.
      if (!this.clients.size) this.idleTimer = setTimeout(() => !this.clients.size && this.#stop(), 10_000);
    });
  }

  close() {
    clearTimeout(this.idleTimer);
    this.#stop();
    for (const res of this.clients) res.destroy();
    this.clients.clear();
  }
}

// ---------------------------------------------------------------------------------------------
// Mixes: rendered once, cached

function renderMix(mix, dir, useFfmpeg) {
  const samples = pcm(makeSynth(mix.synth), 0, MIX_SECONDS * RATE);
  // Fade out over the last 2 s so the end doesn't click.
  const fade = 2 * RATE;
  for (let k = 0; k < fade; k++) {
    const at = (samples.length / 2 - fade + k) * 2;
    samples.writeInt16LE(Math.round(samples.readInt16LE(at) * (1 - k / fade)), at);
  }
  const file = join(dir, `${mix.slug}.${useFfmpeg ? 'mp3' : 'wav'}`);
  const partial = `${file}.${process.pid}.part`;
  if (useFfmpeg) {
    const out = spawnSync(process.env.FFMPEG || 'ffmpeg', ffmpegArgs(['-y', '-f', 'mp3', partial]), { input: samples });
    if (out.status !== 0) throw new Error(`ffmpeg failed for ${mix.slug}: ${out.stderr}`);
  } else {
    writeFileSync(partial, Buffer.concat([wavHeader(samples.length), samples]));
  }
  renameSync(partial, file);
  return file;
}

function prepareMixes(useFfmpeg) {
  const version = createHash('sha1')
    .update(JSON.stringify({ MIXES, MIX_SECONDS, RATE, BITRATE, useFfmpeg, v: 2 }))
    .digest('hex')
    .slice(0, 10);
  const dir = join(tmpdir(), `newsradio-demo-audio-${version}`);
  mkdirSync(dir, { recursive: true });
  const files = new Map();
  for (const mix of MIXES) {
    const file = join(dir, `${mix.slug}.${useFfmpeg ? 'mp3' : 'wav'}`);
    files.set(mix.slug, existsSync(file) ? file : renderMix(mix, dir, useFfmpeg));
  }
  return { dir, files };
}

function sendFile(req, res, file, type) {
  const size = statSync(file).size;
  const headers = {
    'content-type': type,
    'accept-ranges': 'bytes',
    'cache-control': 'public, max-age=3600',
    'access-control-allow-origin': '*',
  };
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let start = 0;
  let end = size - 1;
  if (m && (m[1] || m[2])) {
    if (m[1]) {
      start = Number(m[1]);
      if (m[2]) end = Math.min(end, Number(m[2]));
    } else {
      start = Math.max(0, size - Number(m[2]));
    }
    if (start > end || start >= size) {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` });
      return void res.end();
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
  } else {
    res.writeHead(200, { ...headers, 'content-length': size });
  }
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file, { start, end }).pipe(res);
}

// ---------------------------------------------------------------------------------------------
// Server

/**
 * Starts the stream source. Resolves to `{ url, port, close(), ffmpeg }`; `port: 0` picks a free one.
 * `titleInterval` is in milliseconds.
 */
export async function startStreamSource({ host = '127.0.0.1', port = 8001, titleInterval = 8000, log = console.log } = {}) {
  titleInterval ||= 8000;
  const useFfmpeg = hasFfmpeg();
  const live = new LiveStream({ useFfmpeg, log });
  const mixes = prepareMixes(useFfmpeg);
  const mixType = useFfmpeg ? 'audio/mpeg' : 'audio/wav';
  const started = Date.now();
  const titleAt = () => STATION.titles[Math.floor((Date.now() - started) / titleInterval) % STATION.titles.length];

  const status = (req) => {
    const origin = `http://${req.headers.host ?? `${host}:${port}`}`;
    const iso = live.startedAt.toISOString();
    return {
      icestats: {
        admin: 'icemaster@localhost',
        host: req.headers.host?.replace(/:\d+$/, '') ?? host,
        location: 'Accra (demo)',
        server_id: 'Icecast 2.4.4 (newsradio-elements demo stream-source)',
        server_start: live.startedAt.toUTCString(),
        server_start_iso8601: iso,
        source: {
          audio_info: `channels=1;samplerate=${RATE};bitrate=${BITRATE}`,
          bitrate: BITRATE,
          channels: 1,
          genre: STATION.genre,
          listener_peak: live.peak,
          listeners: live.clients.size,
          listenurl: `${origin}/stream`,
          samplerate: RATE,
          server_description: STATION.description,
          server_name: STATION.name,
          server_type: live.type,
          server_url: origin,
          stream_start: live.startedAt.toUTCString(),
          stream_start_iso8601: iso,
          title: titleAt(),
          dummy: null,
        },
      },
    };
  };

  const json = (res, body, code = 200) => {
    res.writeHead(code, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
    });
    res.end(JSON.stringify(body, null, 1));
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return void json(res, { error: 'method not allowed' }, 405);
    if (path === '/stream' || path === '/stream.mp3') return live.add(req, res);
    if (path === '/status-json.xsl') return json(res, status(req));
    const mix = /^\/mixes\/([a-z0-9-]+)$/.exec(path);
    if (mix && mixes.files.has(mix[1])) return sendFile(req, res, mixes.files.get(mix[1]), mixType);
    if (path === '/') {
      return json(res, {
        stream: '/stream',
        status: '/status-json.xsl',
        mixes: MIXES.map((m) => ({ title: m.title, artist: m.artist, url: `/mixes/${m.slug}`, duration: MIX_SECONDS })),
        encoder: useFfmpeg ? 'ffmpeg (mp3)' : 'pure JS (wav)',
      });
    }
    json(res, { error: 'not found' }, 404);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    ffmpeg: useFfmpeg,
    mixDir: mixes.dir,
    close: () =>
      new Promise((resolve) => {
        live.close();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// CLI

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const source = await startStreamSource({
    host: arg('host', '127.0.0.1'),
    port: Number(arg('port', 8001)),
    titleInterval: Number(arg('title-interval', 8)) * 1000,
  });
  console.log(`stream-source: ${source.url}/stream (${source.ffmpeg ? 'MP3 via ffmpeg' : 'WAV, pure JS'}), ${source.url}/status-json.xsl`);
  const stop = async () => {
    await source.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
