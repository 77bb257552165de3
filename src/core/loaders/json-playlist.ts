import { markValid } from '../audio/valid-list.js';
import { whenIdle } from '../idle.js';
import type { Track, TrackSource } from '../audio/types.js';
import { safeUrl } from '../url.js';

/** What every playlist parser returns: the playable tracks and how many entries were dropped. */
export interface PlaylistParseResult {
  tracks: Track[];
  /** Entries left out because their URL was missing, unparseable or not http(s)/relative. */
  skipped: number;
}

type Rec = Record<string, unknown>;

const str = (v: unknown): string | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s || undefined;
};
const first = (r: Rec, keys: readonly string[]): unknown => {
  for (const k of keys) if (r[k] !== undefined && r[k] !== null && r[k] !== '') return r[k];
  return undefined;
};
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && !Number.isNaN(n) ? n : undefined;
};
const bool = (v: unknown): boolean | undefined =>
  typeof v === 'boolean' ? v : v === 'true' || v === '1' || v === 1 ? true : v === 'false' || v === '0' || v === 0 ? false : undefined;

/** `https://x.example/shows/late%20night.mp3` → `late night`; a stream with no file name → its host. */
export function titleFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const file = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '');
    return file.replace(/[_+]+/g, ' ').trim() || u.hostname;
  } catch {
    return url;
  }
}

/** A playlist entry as any format describes it, before validation. */
export interface PlaylistRecord {
  title?: unknown;
  subtitle?: unknown;
  src?: unknown;
  /** Extra sources (`{ src, type }` objects or URL strings), tried after `src`. */
  sources?: unknown;
  cover?: unknown;
  /** Seconds; negative or infinite means live. */
  duration?: unknown;
  live?: unknown;
  id?: unknown;
  link?: unknown;
  metadataUrl?: unknown;
}

/**
 * Validates one entry into a `Track`: URLs are resolved against `base` and must be http(s)
 * (`safeUrl`); an entry without a single usable source is `undefined` (the caller counts it as
 * skipped). An unsafe cover or link is dropped, not the entry.
 */
export function toTrack(r: PlaylistRecord, base: string): Track | undefined {
  const sources: TrackSource[] = [];
  const add = (raw: unknown) => {
    const o = raw && typeof raw === 'object' ? (raw as Rec) : { src: raw };
    const src = safeUrl(str(first(o, ['src', 'url', 'href', 'file', 'location'])), base);
    const type = str(o.type);
    if (src && !sources.some((s) => s.src === src)) sources.push(type ? { src, type } : { src });
  };
  add(r.src);
  if (Array.isArray(r.sources)) r.sources.forEach(add);
  if (!sources.length) return undefined;
  const src = sources[0]!.src;
  const duration = num(r.duration);
  const live = bool(r.live) ?? (duration !== undefined && (duration < 0 || duration === Infinity) ? true : undefined);
  const track: Track = { id: str(r.id) ?? src, title: str(r.title) ?? titleFromUrl(src), src };
  if (sources.length > 1 || sources[0]!.type) track.sources = sources;
  const subtitle = str(r.subtitle);
  if (subtitle) track.subtitle = subtitle;
  const cover = safeUrl(str(r.cover), base);
  if (cover) track.cover = cover;
  if (live !== undefined) track.live = live;
  if (!live && duration !== undefined && duration > 0 && Number.isFinite(duration)) track.duration = duration;
  const link = safeUrl(str(r.link), base);
  if (link) track.link = link;
  const metadataUrl = safeUrl(str(r.metadataUrl), base);
  if (metadataUrl) track.metadataUrl = metadataUrl;
  return track;
}

/** Runs `toTrack` over `records` (frozen results), counting the ones that had no usable URL. */
export function collectTracks(records: Iterable<PlaylistRecord>, base: string): PlaylistParseResult {
  const tracks: Track[] = [];
  let skipped = 0;
  for (const r of records) {
    const t = toTrack(r, base);
    if (t) tracks.push(Object.freeze(t));
    else skipped++;
  }
  return { tracks, skipped };
}

/**
 * The tracks of a list given from JavaScript (`Track[]`, possibly from untrusted JSON), validated
 * lazily so that 100,000 entries cost nothing up front: the constructor only sorts out the entries
 * without a usable source (a cheap check for the usual root-relative `src`, `toTrack` for the rest),
 * so `length` and `skipped` are exact at once; `at(i)` runs `toTrack` (URLs through `safeUrl`) the
 * first time row `i` is needed and keeps the frozen result. The array is copied (entries added or
 * removed afterwards change nothing: set `items` again); an entry is read when first needed.
 */
export class LazyTracks {
  /** Entries with a usable source, in order. */
  readonly records: readonly PlaylistRecord[];
  /** Entries left out (no usable source). */
  readonly skipped: number;
  #tracks = new Map<number, Track | undefined>();
  #all?: readonly Track[];

  constructor(
    items: readonly unknown[],
    private readonly base: string,
  ) {
    // `/path` against an http(s) base always parses to an http(s) URL: checked by its first two
    // characters (not `//`, `/\`, `/<tab>/`…); any other entry goes through `toTrack` now.
    const relativeOk = /^https?:/.test(base);
    const n = items.length;
    let records: PlaylistRecord[] | undefined;
    for (let i = 0; i < n; i++) {
      const item = items[i];
      const src = item && typeof item === 'object' ? (item as PlaylistRecord).src : undefined;
      let c = 47;
      if (relativeOk && typeof src === 'string' && src.charCodeAt(0) === 47) c = src.charCodeAt(1);
      if (c !== 47 && c !== 92 && c !== 9 && c !== 10 && c !== 13) {
        records?.push(item as PlaylistRecord);
        continue;
      }
      const track = item && typeof item === 'object' ? toTrack(item as PlaylistRecord, base) : undefined;
      if (track) {
        this.#tracks.set(records ? records.length : i, Object.freeze(track));
        records?.push(item as PlaylistRecord);
      } else {
        records ??= items.slice(0, i) as PlaylistRecord[]; // the first entry left out: copy the ones before it
      }
    }
    this.records = records ?? (items.slice() as PlaylistRecord[]);
    this.skipped = n - this.records.length;
  }

  get length(): number {
    return this.records.length;
  }

  /** Track `index`, validated on first use. */
  at(index: number): Track | undefined {
    const r = this.records[index];
    if (!r) return undefined;
    if (!this.#tracks.has(index)) {
      const t = toTrack(r, this.base);
      this.#tracks.set(index, t && Object.freeze(t));
    }
    return this.#tracks.get(index);
  }

  /** Every track (validated now if not yet); the same array on every call. */
  toArray(): readonly Track[] {
    return (this.#all ??= markValid(this.records.map((_, i) => this.at(i)).filter(Boolean) as Track[]));
  }

  #idleFrom = 0;

  /**
   * Validates the entries not yet seen in the page's idle time, a slice at a time, so that
   * `toArray()` (the queue a click on a row hands to the player) is ready before the click instead
   * of validating the whole list inside it. Returns a function that stops it.
   */
  validateWhenIdle(): () => void {
    let cancel: () => void;
    const slice = (timeLeft: () => number) => {
      while (this.#idleFrom < this.length && timeLeft() > 1) {
        for (const end = this.#idleFrom + 100; this.#idleFrom < end; ) this.at(this.#idleFrom++); // at() past the end: undefined
      }
      // then the array of them (100,000 in ~6 ms), in an idle period of its own
      cancel = whenIdle(this.#idleFrom < this.length ? slice : () => this.toArray());
    };
    cancel = whenIdle(slice);
    return () => cancel();
  }
}

/** Tracks as a playlist element holds them: parsed (an array) or given from JavaScript (`LazyTracks`). */
export type TrackList = readonly Track[] | LazyTracks;

/** Every track of `list` as an array (validating a `LazyTracks` in full). */
export const allTracks = (list: TrackList): readonly Track[] => (list instanceof LazyTracks ? list.toArray() : list);

const pick = (r: Rec, ...keys: string[]) => first(r, keys);

/** Tolerant field names, so playlists written for other players read as they are. */
function fromJson(entry: unknown, jspf: boolean): PlaylistRecord {
  if (typeof entry === 'string') return { src: entry };
  if (!entry || typeof entry !== 'object') return {};
  const r = entry as Rec;
  let src = pick(r, 'src', 'url', 'stream', 'streamUrl', 'stream_url', 'file', 'href', 'location', 'listenurl');
  if (Array.isArray(src)) src = src[0];
  const sources = Array.isArray(r.sources) ? r.sources : undefined;
  const duration = num(pick(r, 'duration', 'length'));
  return {
    id: pick(r, 'id', 'identifier', 'guid'),
    title: pick(r, 'title', 'name', 'label'),
    subtitle: pick(r, 'subtitle', 'artist', 'creator', 'author', 'station', 'description'),
    src: src ?? sources?.[0],
    sources,
    cover: pick(r, 'cover', 'image', 'art', 'artwork', 'artworkUrl', 'logo', 'thumbnail', 'picture', 'favicon'),
    // JSPF (XSPF as JSON) gives milliseconds.
    duration: jspf && duration !== undefined && duration > 0 ? duration / 1000 : duration,
    live: pick(r, 'live', 'isLive', 'is_live'),
    link: pick(r, 'link', 'info', 'homepage', 'website'),
    metadataUrl: pick(r, 'metadataUrl', 'metadata_url', 'metadata', 'nowPlayingUrl'),
  };
}

/**
 * JSON playlists: an array of tracks (objects or plain URL strings), `{ tracks: [...] }` (also
 * `items`, `stations`, `playlist`), or JSPF `{ playlist: { track: [...] } }`. Throws a
 * `SyntaxError` for invalid JSON or a shape that holds no list.
 */
export function parseJsonPlaylist(text: string, base: string): PlaylistParseResult {
  const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  let list: unknown = data;
  let jspf = false;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const o = data as Rec;
    const pl = o.playlist && typeof o.playlist === 'object' ? (o.playlist as Rec) : undefined;
    jspf = Array.isArray(pl?.track);
    list = jspf ? pl!.track : pick(o, 'tracks', 'items', 'stations', 'playlist', 'data');
  }
  if (!Array.isArray(list)) throw new SyntaxError('JSON playlist: expected an array of tracks or { "tracks": [...] }');
  return collectTracks(
    list.map((e) => fromJson(e, jspf)),
    base,
  );
}
