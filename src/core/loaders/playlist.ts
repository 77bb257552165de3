import { fetchText } from '../fetch.js';
import { LoadError, toLoadError } from './errors.js';
import { collectTracks, parseJsonPlaylist, titleFromUrl, type PlaylistParseResult, type PlaylistRecord } from './json-playlist.js';
import { isHlsPlaylist, parseM3u } from './m3u.js';
import { parsePls } from './pls.js';
import { parseXspf } from './xspf.js';

export type { PlaylistParseResult, PlaylistRecord } from './json-playlist.js';

export type PlaylistFormat = 'm3u' | 'pls' | 'xspf' | 'json' | 'hls';

const ACCEPT =
  'application/json, audio/x-mpegurl, application/vnd.apple.mpegurl, audio/x-scpls, application/xspf+xml, ' +
  'text/plain;q=0.8, */*;q=0.5';

const PARSE_MESSAGE = 'The playlist could not be read: it is not M3U, PLS, XSPF or JSON.';

/**
 * Which format `text` is in: the content decides when it is unmistakable (`#EXTM3U`,
 * `[playlist]`, `<playlist`, JSON), then the content type, then the URL's extension; a plain
 * list of lines is M3U. Servers often send playlists as `text/plain` or
 * `application/octet-stream`, and sometimes the wrong type altogether.
 */
export function detectFormat(text: string, contentType = '', url = ''): PlaylistFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512);
  if (/^#EXT/i.test(head)) return isHlsPlaylist(text) ? 'hls' : 'm3u';
  if (/^\[playlist\]/i.test(head)) return 'pls';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<playlist[\s>]/i.test(head)) return 'xspf';
  if (/^[[{]/.test(head)) return 'json';
  if (/^</.test(head)) return undefined; // HTML (an error page, a login wall) or other XML
  const type = contentType.toLowerCase();
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  if (/scpls/.test(type) || ext === 'pls') return 'pls';
  if (/xspf/.test(type) || ext === 'xspf') return 'xspf';
  if (/json/.test(type) || ext === 'json') return 'json';
  if (/^\s*file\d+\s*=/im.test(head)) return 'pls';
  return head.trim() ? 'm3u' : undefined;
}

/**
 * Parses a playlist in any supported format into tracks. Relative URLs resolve against
 * `baseUrl`. An HLS playlist (`#EXT-X-…`) is one live stream, returned as one track of
 * `baseUrl`. Throws `LoadError('parse')` when the text is none of the formats.
 */
export function parseTracks(text: string, contentType: string, baseUrl: string): PlaylistParseResult {
  const format = detectFormat(text, contentType, baseUrl);
  try {
    switch (format) {
      case 'm3u':
        return parseM3u(text, baseUrl);
      case 'pls':
        return parsePls(text, baseUrl);
      case 'xspf':
        return parseXspf(text, baseUrl);
      case 'json':
        return parseJsonPlaylist(text, baseUrl);
      case 'hls':
        return collectTracks(
          [{ sources: [{ src: baseUrl, type: 'application/vnd.apple.mpegurl' }], title: titleFromUrl(baseUrl), live: !/#EXT-X-ENDLIST/.test(text) }],
          baseUrl,
        );
    }
  } catch (e) {
    throw new LoadError('parse', baseUrl, { cause: e, message: PARSE_MESSAGE });
  }
  throw new LoadError('parse', baseUrl, { message: PARSE_MESSAGE });
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
    const { text, contentType, url: finalUrl } = await fetchText(url, { ...opts, accept: ACCEPT });
    return parseTracks(text, contentType, finalUrl);
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
