// Real audio for the player tests, as a @web/test-runner plugin:
// (a) fixtures generated with ffmpeg at startup into a temp dir (tones in WAV/MP3/AAC/Opus, a
//     live-style MP3 without Xing header, HLS VOD and live-style segments),
// (b) served under /audio/… (with Range support) plus fault endpoints under /audio/fault/…,
// (c) server commands (executeServerCommand from @web/test-runner-commands) that start/stop a real
//     Debian icecast2 on 127.0.0.1 (generated config, free port) and ffmpeg sources feeding mounts,
//     update metadata through Icecast's admin endpoint, and restart Icecast.
// Everything listens on 127.0.0.1 only and is cleaned up on exit.
import { spawn, spawnSync, execFile } from 'node:child_process';
import { chmodSync, createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, chownSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'nr-audio-'));
const children = new Set();
const requestLog = [];

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES = { json: 'application/json', wav: 'audio/wav', mp3: 'audio/mpeg', m4a: 'audio/mp4', opus: 'audio/ogg', m3u8: 'application/vnd.apple.mpegurl', ts: 'video/mp2t' };
const HLS_SEGMENT = 2;
const HLS_LIVE_SEGMENTS = 90;
const HLS_WINDOW = 4;

// ---------- fixtures ----------

const sine = (freq, seconds) => ['-f', 'lavfi', '-i', `sine=frequency=${freq}:sample_rate=44100:duration=${seconds}`];
const ff = (args) => run('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', ...args], { cwd: dir });

async function makeFixtures() {
  mkdirSync(join(dir, 'hls-vod'));
  mkdirSync(join(dir, 'hls-live'));
  await Promise.all([
    ff([...sine(440, 3), '-ac', '1', 'tone.wav']),
    ff([...sine(523, 3), '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '64k', 'tone.mp3']),
    ff([...sine(587, 3), '-ac', '1', '-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart', 'tone.m4a']),
    ff([...sine(659, 3), '-ac', '1', '-c:a', 'libopus', '-b:a', '48k', 'tone.opus']),
    ff([...sine(330, 60), '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '64k', 'long.mp3']),
    ff([...sine(330, 60), '-ac', '1', '-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart', 'long.m4a']),
    // Live-style: no Xing/Info header and no ID3 tag, so a browser sees no duration and the
    // frames can be concatenated into an endless stream.
    ff([...sine(392, 20), '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '64k', '-write_xing', '0', '-id3v2_version', '0', 'live.mp3']),
    ff([...sine(494, 12), '-ac', '1', '-c:a', 'aac', '-b:a', '64k', '-f', 'hls', '-hls_time', String(HLS_SEGMENT),
      '-hls_playlist_type', 'vod', '-hls_segment_filename', 'hls-vod/seg%03d.ts', 'hls-vod/index.m3u8']),
    ff([...sine(440, HLS_SEGMENT * HLS_LIVE_SEGMENTS), '-ac', '1', '-c:a', 'aac', '-b:a', '64k', '-f', 'hls', '-hls_time',
      String(HLS_SEGMENT), '-hls_list_size', '0', '-hls_segment_filename', 'hls-live/seg%03d.ts', 'hls-live/all.m3u8']),
  ]);
  return { live: readFileSync(join(dir, 'live.mp3')) };
}

let fixtures;

// ---------- HTTP ----------

function sendFile(req, res, file) {
  let size;
  try {
    size = statSync(file).size;
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = TYPES[file.split('.').pop()] ?? 'application/octet-stream';
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  const headers = { 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : size - Number(range[2]);
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
    createReadStream(file, { start, end }).pipe(res);
  } else {
    res.writeHead(200, { ...headers, 'content-length': size });
    createReadStream(file).pipe(res);
  }
}

/** Streams live-style MP3 bytes: a burst, then `rate` bytes/s; `limit` bytes in all, then stall or end. */
function streamMp3(req, res, { limit = Infinity, after = 'end', burst = 16000, rate = 8000 } = {}) {
  const data = fixtures.live;
  res.writeHead(200, { 'content-type': 'audio/mpeg', 'cache-control': 'no-cache, no-store', 'icy-name': 'Test stream' });
  let offset = 0;
  let sent = 0;
  const write = (n) => {
    while (n > 0 && sent < limit) {
      const take = Math.min(n, data.length - offset, limit - sent);
      res.write(data.subarray(offset, offset + take));
      offset = (offset + take) % data.length;
      sent += take;
      n -= take;
    }
    if (sent >= limit) {
      clearInterval(timer);
      if (after === 'end') res.end();
      // 'stall': keep the socket open and send nothing (closed when the client goes, or after 2 min).
      else stallTimer = setTimeout(() => res.destroy(), 120000);
    }
  };
  let stallTimer;
  const timer = setInterval(() => write(rate / 4), 250);
  req.on('close', () => {
    clearInterval(timer);
    clearTimeout(stallTimer);
  });
  write(burst);
}

const hlsSessions = new Map();

/** A sliding-window live playlist over pre-cut segments, per `?s=` session (starts at 0 on first request). */
function liveHlsPlaylist(url) {
  const key = url.searchParams.get('s') ?? '';
  if (!hlsSessions.has(key)) hlsSessions.set(key, Date.now());
  const elapsed = (Date.now() - hlsSessions.get(key)) / 1000;
  const first = Math.min(Math.floor(elapsed / HLS_SEGMENT), HLS_LIVE_SEGMENTS - HLS_WINDOW);
  const lines = ['#EXTM3U', '#EXT-X-VERSION:3', `#EXT-X-TARGETDURATION:${HLS_SEGMENT}`, `#EXT-X-MEDIA-SEQUENCE:${first}`];
  for (let i = first; i < first + HLS_WINDOW; i++) lines.push(`#EXTINF:${HLS_SEGMENT}.000000,`, `seg${String(i).padStart(3, '0')}.ts`);
  return lines.join('\n') + '\n';
}

async function handle(req, res, url) {
  const path = url.pathname.slice('/audio/'.length);
  requestLog.push({ path: url.pathname, search: url.search, at: Date.now() });
  if (requestLog.length > 2000) requestLog.splice(0, 1000);
  if (path === 'autoplay-probe.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(AUTOPLAY_PAGE);
  if (path === 'fault/404.mp3') return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  if (path === 'fault/stall.mp3') return streamMp3(req, res, { limit: Number(url.searchParams.get('bytes') ?? 40000), after: 'stall' });
  if (path === 'fault/ends.mp3') return streamMp3(req, res, { limit: Number(url.searchParams.get('bytes') ?? 40000), after: 'end' });
  if (path === 'fault/endless.mp3') return streamMp3(req, res);
  if (path === 'fault/wrong-type.mp3') {
    const body = readFileSync(join(dir, 'tone.mp3'));
    return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
  }
  if (path === 'fault/undecodable.mp3') {
    // Deterministic noise that is not MP3.
    const body = Buffer.alloc(64 * 1024);
    for (let i = 0, x = 12345; i < body.length; i++) body[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    return res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': body.length }).end(body);
  }
  if (path.startsWith('meta/') && /^meta\/[\w-]+\.json$/.test(path)) {
    // The now-playing fixtures, served here too so the tests can count poll requests.
    return sendFile(req, res, join(fixturesDir, 'now-playing', path.slice(5)));
  }
  if (path === 'hls-live/index.m3u8') {
    return res.writeHead(200, { 'content-type': TYPES.m3u8, 'cache-control': 'no-store' }).end(liveHlsPlaylist(url));
  }
  if (path.includes('..')) return res.writeHead(400).end();
  return sendFile(req, res, join(dir, path));
}

// ---------- Icecast ----------

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const portOpen = (port) =>
  new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
    s.on('error', () => resolve(false));
  });

const until = async (what, fn, ms = 15000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

const ice = { port: 0, proc: null, dir: join(dir, 'icecast'), sources: new Map() };
const ADMIN = 'admin:adminpw';
const SOURCE_PW = 'srcpw';

function spawnChild(cmd, args, opts) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
  let err = '';
  child.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
  child.errText = () => err;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function killChild(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => (clearTimeout(t), resolve()));
    child.kill(signal);
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function icecastConfig(port) {
  mkdirSync(join(ice.dir, 'log'), { recursive: true });
  // mkdtemp makes the folder 0700; icecast2 drops to its own user and must reach its log folder.
  chmodSync(dir, 0o755);
  chmodSync(ice.dir, 0o755);
  let owner = '';
  if (isRoot) {
    // icecast2 refuses to run as root; Debian's package provides the icecast2 user.
    const id = spawnSync('id', ['-u', 'icecast2']).stdout?.toString().trim();
    const gid = spawnSync('id', ['-g', 'icecast2']).stdout?.toString().trim();
    if (id && gid) chownSync(join(ice.dir, 'log'), Number(id), Number(gid));
    owner = '<changeowner><user>icecast2</user><group>' + (spawnSync('id', ['-gn', 'icecast2']).stdout?.toString().trim() || 'icecast') + '</group></changeowner>';
  }
  const xml = `<icecast>
  <location>test</location><admin>test@localhost</admin>
  <limits><clients>50</clients><sources>8</sources><queue-size>524288</queue-size><client-timeout>30</client-timeout>
    <header-timeout>15</header-timeout><source-timeout>5</source-timeout><burst-on-connect>1</burst-on-connect><burst-size>65536</burst-size></limits>
  <authentication><source-password>${SOURCE_PW}</source-password><relay-password>${SOURCE_PW}</relay-password>
    <admin-user>admin</admin-user><admin-password>adminpw</admin-password></authentication>
  <hostname>127.0.0.1</hostname>
  <listen-socket><port>${port}</port><bind-address>127.0.0.1</bind-address></listen-socket>
  <http-headers><header name="Access-Control-Allow-Origin" value="*" /></http-headers>
  <fileserve>1</fileserve>
  <paths><basedir>/usr/share/icecast2</basedir><logdir>${join(ice.dir, 'log')}</logdir>
    <webroot>/usr/share/icecast2/web</webroot><adminroot>/usr/share/icecast2/admin</adminroot></paths>
  <logging><accesslog>access.log</accesslog><errorlog>error.log</errorlog><loglevel>2</loglevel></logging>
  <security><chroot>0</chroot>${owner}</security>
</icecast>`;
  const file = join(ice.dir, 'icecast.xml');
  writeFileSync(file, xml);
  return file;
}

function logTail() {
  try {
    return readFileSync(join(ice.dir, 'log', 'error.log'), 'utf8').split('\n').slice(-5).join('\n');
  } catch {
    return '';
  }
}

async function status() {
  const res = await fetch(`http://127.0.0.1:${ice.port}/status-json.xsl`);
  return res.json();
}

async function mounts() {
  try {
    const src = (await status()).icestats.source;
    return (Array.isArray(src) ? src : src ? [src] : []).map((s) => new URL(s.listenurl).pathname);
  } catch {
    return [];
  }
}

async function icecastStart() {
  if (ice.proc && ice.proc.exitCode === null) return { port: ice.port };
  ice.port ||= await freePort();
  const file = icecastConfig(ice.port);
  const proc = (ice.proc = spawnChild('icecast2', ['-c', file]));
  await until('icecast to listen', async () => {
    if (proc.exitCode !== null) throw new Error(`icecast2 exited: ${proc.errText()} ${logTail()}`);
    return (await portOpen(ice.port)) && status().then(() => true, () => false);
  }).catch((e) => {
    if (proc.exitCode !== null) throw e;
    // Seen once (a WebKit run, after a restart): icecast2 running but not listening for 15 s. Say what it logged.
    throw new Error(`${e.message} on port ${ice.port} (icecast2 still running): ${proc.errText()} ${logTail()}`);
  });
  return { port: ice.port };
}

async function icecastStop() {
  const proc = ice.proc;
  ice.proc = null;
  await killChild(proc);
  await until('icecast port to close', async () => !(await portOpen(ice.port)));
  return { stopped: true };
}

async function sourceStart({ mount = '/live.mp3', frequency = 440, name = 'Test FM' } = {}) {
  await icecastStart();
  await sourceStop({ mount });
  const url = `icecast://source:${SOURCE_PW}@127.0.0.1:${ice.port}${mount}`;
  const proc = spawnChild('ffmpeg', ['-nostdin', '-loglevel', 'error', '-re', '-f', 'lavfi', '-i', `sine=frequency=${frequency}:sample_rate=44100`,
    '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k', '-content_type', 'audio/mpeg', '-ice_name', name, '-f', 'mp3', url]);
  ice.sources.set(mount, proc);
  await until(`mount ${mount}`, async () => {
    if (proc.exitCode !== null) throw new Error(`ffmpeg source exited: ${proc.errText()}`);
    return (await mounts()).includes(mount);
  });
  return { port: ice.port, mount };
}

async function sourceStop({ mount = '/live.mp3' } = {}) {
  const proc = ice.sources.get(mount);
  ice.sources.delete(mount);
  await killChild(proc, 'SIGKILL');
  if (proc && ice.proc) await until(`mount ${mount} to go`, async () => !(await mounts()).includes(mount));
  return { stopped: !!proc };
}

async function setMetadata({ mount = '/live.mp3', song }) {
  const q = new URLSearchParams({ mount, mode: 'updinfo', song });
  const res = await fetch(`http://127.0.0.1:${ice.port}/admin/metadata?${q}`, {
    headers: { authorization: `Basic ${Buffer.from(ADMIN).toString('base64')}` },
  });
  if (!res.ok) throw new Error(`metadata update failed: HTTP ${res.status}`);
  await until('the title in status-json.xsl', async () => {
    const src = (await status()).icestats.source;
    return (Array.isArray(src) ? src : [src]).some((s) => s && new URL(s.listenurl).pathname === mount && String(s.title) === song);
  });
  return { ok: true };
}

async function icecastRestart({ downFor = 0 } = {}) {
  const mountsToRestart = [...ice.sources.keys()];
  for (const m of mountsToRestart) await killChild(ice.sources.get(m), 'SIGKILL');
  ice.sources.clear();
  await icecastStop();
  if (downFor) await new Promise((r) => setTimeout(r, downFor));
  await icecastStart();
  for (const mount of mountsToRestart) await sourceStart({ mount });
  return { port: ice.port };
}

const AUTOPLAY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>autoplay probe</title></head><body>
<script type="module">
  import { getPlayer } from '/src/core/audio/player.ts';
  const rejection = await new Audio('/audio/tone.mp3').play().then(() => 'none', (e) => e.name);
  const p = getPlayer('autoplay-probe');
  const statuses = [p.getState().status];
  p.subscribe((s, prev) => s.status !== prev.status && statuses.push(s.status));
  await p.play({ title: 'Tone', src: '/audio/long.mp3' });
  const end = Date.now() + 15000;
  while (!['paused', 'error', 'playing'].includes(p.getState().status) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  const s = p.getState();
  window.__result = { rejection, statuses, error: s.error, mediaPaused: p.media.paused };
</script></body></html>`;

/** Loads the engine in a separate real Chromium WITHOUT the autoplay flag: play() is not allowed there. */
async function autoplayProbe({ origin }) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--autoplay-policy=document-user-activation-required'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/audio/autoplay-probe.html`);
    await page.waitForFunction(() => window.__result, null, { timeout: 45000 });
    return await page.evaluate(() => window.__result);
  } finally {
    await browser.close();
  }
}

const commands = {
  'audio-autoplay-probe': autoplayProbe,
  'audio-icecast-start': icecastStart,
  'audio-icecast-stop': icecastStop,
  'audio-icecast-restart': icecastRestart,
  'audio-source-start': sourceStart,
  'audio-source-stop': sourceStop,
  'audio-metadata': setMetadata,
  'audio-requests': ({ path }) => requestLog.filter((r) => r.path === path),
};

function cleanup() {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
process.once('exit', cleanup);

/** The @web/test-runner plugin. */
export function audioServers() {
  let ready;
  return {
    name: 'nr-audio-servers',
    async serverStart({ server }) {
      ready = makeFixtures().then((f) => (fixtures = f));
      // Koa composed its middleware before plugins start, so intercept /audio/ at the HTTP server.
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (!req.url.startsWith('/audio/')) return others.forEach((fn) => fn.call(server, req, res));
        ready.then(() => handle(req, res, new URL(req.url, 'http://127.0.0.1'))).catch((e) => {
          res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
        });
      });
      await ready;
    },
    async serverStop() {
      cleanup();
    },
    async executeCommand({ command, payload }) {
      const fn = commands[command];
      if (!fn) return undefined;
      return (await fn(payload ?? {})) ?? true;
    },
  };
}
