/**
 * Pure parsers for now-playing JSON: Icecast `status-json.xsl`, Shoutcast v2 `stats?json=1` and
 * AzuraCast (format detected by shape). A lazy chunk: only pages polling a live stream load it.
 */
import { safeUrl } from '../url.js';
import type { NowPlaying } from './types.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
/** Icecast sends numeric-looking titles as numbers and `true`/`false` as booleans. */
const text = (v: unknown): string | undefined => {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t || undefined;
};
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const pathOf = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url, 'http://x/').pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
};

/** `"Artist - Title"` → `{ artist, title }`; without a separator everything is the title. */
export function splitArtistTitle(value: unknown): { artist?: string; title?: string } {
  const s = text(value);
  if (!s) return {};
  const i = s.indexOf(' - ');
  if (i <= 0 || i + 3 >= s.length) return { title: s };
  return { artist: s.slice(0, i).trim(), title: s.slice(i + 3).trim() };
}

function clean(np: NowPlaying): NowPlaying | null {
  const out: NowPlaying = {};
  if (np.title) out.title = np.title;
  if (np.artist) out.artist = np.artist;
  if (np.cover) out.cover = np.cover;
  if (np.listeners !== undefined) out.listeners = np.listeners;
  return out.title || out.artist ? out : null;
}

/** Picks the item whose URL path matches the stream's; the only item when there is one. */
function byPath<T>(items: T[], streamUrl: string | undefined, urls: (item: T) => unknown[]): T | undefined {
  const want = pathOf(streamUrl);
  if (want !== undefined) {
    const hit = items.find((item) => urls(item).some((u) => pathOf(u) === want));
    if (hit) return hit;
  }
  return items.length === 1 ? items[0] : undefined;
}

/** Icecast 2 `status-json.xsl`: `icestats.source` missing, one object or an array of mounts. */
export function parseIcecast(json: unknown, streamUrl?: string): NowPlaying | null {
  if (!isObj(json) || !isObj(json.icestats)) return null;
  const raw = json.icestats.source;
  const sources = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(isObj);
  const src = byPath(sources, streamUrl, (s) => [s.listenurl]);
  if (!src) return null;
  const split = src.artist === undefined ? splitArtistTitle(src.title ?? src.yp_currently_playing) : { artist: text(src.artist), title: text(src.title) };
  return clean({ ...split, listeners: num(src.listeners) });
}

/** Shoutcast v2 `stats?json=1` (flat) or `statistics?json=1` (`streams` array). */
export function parseShoutcast(json: unknown, streamUrl?: string): NowPlaying | null {
  if (!isObj(json)) return null;
  let stream: Json | undefined = json;
  if (Array.isArray(json.streams)) stream = byPath(json.streams.filter(isObj), streamUrl, (s) => [s.streampath]);
  if (!stream || !('songtitle' in stream)) return null;
  return clean({ ...splitArtistTitle(stream.songtitle), listeners: num(stream.currentlisteners) });
}

/** AzuraCast `/api/nowplaying` (array of stations) or `/api/nowplaying/{station}` (one object). */
export function parseAzuraCast(json: unknown, streamUrl?: string): NowPlaying | null {
  const stations = (Array.isArray(json) ? json : [json]).filter((s): s is Json => isObj(s) && isObj(s.now_playing));
  const st = byPath(stations, streamUrl, (s) => {
    const station = isObj(s.station) ? s.station : {};
    const mounts = Array.isArray(station.mounts) ? station.mounts.filter(isObj).map((m) => m.url) : [];
    return [station.listen_url, ...mounts];
  });
  const song = st && isObj(st.now_playing) && isObj(st.now_playing.song) ? st.now_playing.song : null;
  if (!st || !song) return null;
  const split = text(song.title) ? { title: text(song.title), artist: text(song.artist) } : splitArtistTitle(song.text);
  const listeners = isObj(st.listeners) ? num(st.listeners.current) : undefined;
  return clean({ ...split, cover: safeUrl(song.art), listeners });
}

/** Detects the format by shape and parses it; `null` when unknown or nothing is playing. */
export function parseNowPlaying(json: unknown, streamUrl?: string): NowPlaying | null {
  if (isObj(json) && 'icestats' in json) return parseIcecast(json, streamUrl);
  if (Array.isArray(json) || (isObj(json) && 'now_playing' in json)) return parseAzuraCast(json, streamUrl);
  if (isObj(json) && ('songtitle' in json || Array.isArray(json.streams))) return parseShoutcast(json, streamUrl);
  return null;
}
