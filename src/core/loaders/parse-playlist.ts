/**
 * The playlist formats (M3U, PLS, XSPF, JSON, HLS): detection and parsing. A lazy chunk beside the
 * bundle (loaders/playlist.ts loads it with the first `src` playlist): pages whose playlists come
 * from the `items` property or inline JSON never pay for the text formats.
 */
import { LoadError } from './errors.js';
import { collectTracks, parseJsonPlaylist, titleFromUrl, type PlaylistParseResult } from './json-playlist.js';
import { isHlsPlaylist, parseM3u } from './m3u.js';
import { parsePls } from './pls.js';
import { parseXspf } from './xspf.js';

export type PlaylistFormat = 'm3u' | 'pls' | 'xspf' | 'json' | 'hls';

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
