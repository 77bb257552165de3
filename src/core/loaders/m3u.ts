import { collectTracks, type PlaylistParseResult, type PlaylistRecord } from './json-playlist.js';

/** `true` when an M3U file is an HLS playlist (segments or variants of ONE stream, not a list of tracks). */
export const isHlsPlaylist = (text: string) => /^#EXT-X-(TARGETDURATION|STREAM-INF|MEDIA-SEQUENCE|MEDIA|VERSION)/m.test(text);

/**
 * `-1 tvg-logo="a.png" group-title="News, Local",Radio One` → duration, attributes and title.
 * Attribute values may hold commas, so the title starts after the first comma outside quotes.
 */
export function parseExtInf(info: string): { duration?: number; title?: string; attrs: Record<string, string> } {
  const attrs: Record<string, string> = {};
  const m = /^\s*(-?[\d.]+)?/.exec(info)!;
  let i = m[0].length;
  const attr = /\s*([\w.:-]+)=("([^"]*)"|'([^']*)'|[^\s,]*)/y;
  for (;;) {
    attr.lastIndex = i;
    const a = attr.exec(info);
    if (!a) break;
    attrs[a[1]!.toLowerCase()] = (a[3] ?? a[4] ?? a[2]!).trim();
    i = attr.lastIndex;
  }
  const comma = info.indexOf(',', i);
  const title = comma >= 0 ? info.slice(comma + 1).trim() : undefined;
  return { duration: m[1] ? Number(m[1]) : undefined, title: title || undefined, attrs };
}

/**
 * M3U and extended M3U. Every non-comment line is an entry (relative ones resolve against
 * `base`). `#EXTINF:<seconds> <attrs>,<title>` describes the next entry: `-1` means live,
 * `tvg-logo`/`logo` gives the cover, `group-title` the subtitle. `#EXTIMG`, `#EXTART`,
 * `#EXTALB` and `#EXTGRP` are read too. BOM and any line ending are accepted.
 */
export function parseM3u(text: string, base: string): PlaylistParseResult {
  const records: PlaylistRecord[] = [];
  let pending: PlaylistRecord = {};
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      const colon = line.indexOf(':');
      const tag = (colon < 0 ? line : line.slice(0, colon)).toUpperCase();
      const value = colon < 0 ? '' : line.slice(colon + 1).trim();
      if (tag === '#EXTINF') {
        const { duration, title, attrs } = parseExtInf(value);
        pending.duration = duration;
        pending.title = title ?? attrs['tvg-name'];
        pending.cover = attrs['tvg-logo'] ?? attrs.logo ?? pending.cover;
        pending.subtitle = attrs['group-title'] ?? pending.subtitle;
        if (attrs['tvg-id']) pending.id = attrs['tvg-id'];
      } else if (tag === '#EXTIMG') pending.cover = value;
      else if (tag === '#EXTART') pending.subtitle = value;
      else if ((tag === '#EXTALB' || tag === '#EXTGRP') && !pending.subtitle) pending.subtitle = value;
      continue;
    }
    records.push({ ...pending, src: line });
    pending = {};
  }
  return collectTracks(records, base);
}
