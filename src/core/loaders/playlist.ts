import { fetchText } from '../fetch.js';
import { LoadError, toLoadError } from './errors.js';
import { collectTracks, parseJsonPlaylist, type PlaylistParseResult, type PlaylistRecord } from './json-playlist.js';

export type { PlaylistParseResult, PlaylistRecord } from './json-playlist.js';

export type { PlaylistFormat } from './parse-playlist.js';

const ACCEPT =
  'application/json, audio/x-mpegurl, application/vnd.apple.mpegurl, audio/x-scpls, application/xspf+xml, ' +
  'text/plain;q=0.8, */*;q=0.5';

/** The format parsers (parse-playlist.ts), a lazy chunk beside the bundle. */
export const loadPlaylistParsers = () => import('./parse-playlist.js');

/**
 * Parses a playlist in any supported format (M3U with EXTINF, PLS, XSPF, JSON, HLS) into tracks.
 * Relative URLs resolve against `baseUrl`. Rejects with `LoadError('parse')` when the text is
 * none of them. The parsers load on first use.
 */
export async function parseTracks(text: string, contentType: string, baseUrl: string): Promise<PlaylistParseResult> {
  return (await loadPlaylistParsers()).parseTracks(text, contentType, baseUrl);
}

export interface LoadTracksOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up with a `timeout` error (default 15000). */
  timeout?: number;
}

/**
 * Fetches and parses a playlist (`fetchText`, so concurrent requests for one URL are shared).
 * Every failure is a `LoadError`: `network`, `timeout`, `http`, `parse`, `unsupported`, `aborted`.
 */
export async function loadTracks(url: string, opts: LoadTracksOptions = {}): Promise<PlaylistParseResult> {
  try {
    const [{ text, contentType, url: finalUrl }, parsers] = await Promise.all([fetchText(url, { ...opts, accept: ACCEPT }), loadPlaylistParsers()]);
    return parsers.parseTracks(text, contentType, finalUrl);
  } catch (e) {
    throw toLoadError(e, url);
  }
}

const dataOf = (el: Element, name: string) => el.getAttribute(`data-${name}`) ?? undefined;

/**
 * Reads a playlist from an element's own markup: an inline `<script type="application/json">`
 * child wins; otherwise every `<a href>` inside it is a track (`data-cover`, `data-subtitle`,
 * `data-live`, `data-duration`, `data-id`, the link text as title). Returns `undefined` when the
 * element has neither. Throws `LoadError('parse')` for invalid inline JSON.
 */
export function readTracksFromElement(el: Element, base = document.baseURI): PlaylistParseResult | undefined {
  const script = [...el.children].find((c) => c.localName === 'script' && (c as HTMLScriptElement).type === 'application/json');
  if (script) {
    try {
      return parseJsonPlaylist(script.textContent ?? '', base);
    } catch (e) {
      throw new LoadError('parse', '', { cause: e, message: 'The inline playlist is not valid JSON.' });
    }
  }
  const links = el.querySelectorAll('a[href]');
  if (!links.length) return undefined;
  const records: PlaylistRecord[] = [...links].map((a) => ({
    src: a.getAttribute('href'),
    title: a.textContent?.replace(/\s+/g, ' '),
    subtitle: dataOf(a, 'subtitle'),
    cover: dataOf(a, 'cover'),
    live: a.hasAttribute('data-live') ? dataOf(a, 'live') !== 'false' : undefined,
    duration: dataOf(a, 'duration'),
    id: dataOf(a, 'id'),
    metadataUrl: dataOf(a, 'metadata-url'),
  }));
  return collectTracks(records, base);
}
