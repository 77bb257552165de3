import { collectTracks, type PlaylistParseResult, type PlaylistRecord } from './json-playlist.js';

const children = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
const text = (el: Element, name: string) => children(el, name)[0]?.textContent?.trim() || undefined;

/**
 * XSPF (`<playlist><trackList><track>`): `location` (several become alternative sources),
 * `title`, `creator` (subtitle), `image` (cover, falling back to the playlist's), `duration` in
 * milliseconds, `info` (link), `identifier`. `xml:base` and relative locations resolve against
 * `base`. Throws a `SyntaxError` when the XML is not well-formed or has no `<playlist>`.
 */
export function parseXspf(text_: string, base: string): PlaylistParseResult {
  const doc = new DOMParser().parseFromString(text_.replace(/^\uFEFF/, ''), 'application/xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'playlist' || doc.getElementsByTagName('parsererror').length) {
    throw new SyntaxError('XSPF: not a well-formed <playlist> document');
  }
  const xmlBase = root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base');
  if (xmlBase) base = new URL(xmlBase, base).href;
  const playlistImage = text(root, 'image');
  const records: PlaylistRecord[] = [];
  for (const list of children(root, 'trackList')) {
    for (const track of children(list, 'track')) {
      const locations = children(track, 'location').map((l) => l.textContent?.trim() ?? '');
      const ms = Number(text(track, 'duration'));
      records.push({
        src: locations[0],
        sources: locations.slice(1),
        title: text(track, 'title'),
        subtitle: text(track, 'creator') ?? text(track, 'album'),
        cover: text(track, 'image') ?? playlistImage,
        duration: ms > 0 ? ms / 1000 : undefined,
        link: text(track, 'info'),
        id: text(track, 'identifier'),
      });
    }
  }
  return collectTracks(records, base);
}
