/**
 * Source choice: the first source of a track the browser can play, by `canPlayType`; HLS goes
 * natively where the browser says it can, otherwise through hls.js (Media Source Extensions).
 * @internal
 */
import { safeUrl } from '../url.js';
import type { Track, TrackSource } from './types.js';

export const HLS_TYPE = 'application/vnd.apple.mpegurl';

const BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  opus: 'audio/ogg; codecs=opus',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  webm: 'audio/webm',
  m3u8: HLS_TYPE,
};

export interface PickedSource {
  url: string;
  /** `native` plays through `src`; `hls` needs hls.js. */
  via: 'native' | 'hls';
}

/** The sources of a track, `src` shorthand first. */
export function trackSources(track: Track): TrackSource[] {
  const list: TrackSource[] = [];
  if (track.src) list.push({ src: track.src });
  if (Array.isArray(track.sources)) list.push(...track.sources.filter((s) => s && typeof s.src === 'string'));
  return list;
}

/** Stable identity of a track: its id, else its first source URL. */
export function trackKey(track: Track | null | undefined): string {
  if (!track) return '';
  return track.id ?? trackSources(track)[0]?.src ?? track.title;
}

function typeOf(source: TrackSource, url: string): string {
  if (source.type) return source.type.toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || '';
}

export const isHlsType = (type: string) => /mpegurl/i.test(type);

/** Whether hls.js could play here (MSE present); checked without loading hls.js. */
export function canUseHlsJs(): boolean {
  const ms = (globalThis as { ManagedMediaSource?: typeof MediaSource }).ManagedMediaSource ?? globalThis.MediaSource;
  return !!ms?.isTypeSupported?.('audio/mp4; codecs="mp4a.40.2"');
}

/** Picks the first playable source, or `null` when none is (or none is a safe http(s) URL). */
export function pickSource(track: Track, media: HTMLMediaElement, preferHlsJs = false): PickedSource | null {
  for (const source of trackSources(track)) {
    const url = safeUrl(source.src);
    if (!url) continue;
    const type = typeOf(source, url);
    if (isHlsType(type)) {
      const native = !!(media.canPlayType(HLS_TYPE) || media.canPlayType('audio/mpegurl'));
      if (native && !(preferHlsJs && canUseHlsJs())) return { url, via: 'native' };
      if (canUseHlsJs()) return { url, via: 'hls' };
      continue;
    }
    if (!type || media.canPlayType(type)) return { url, via: 'native' };
  }
  return null;
}
