import { collectTracks, type PlaylistParseResult, type PlaylistRecord } from './json-playlist.js';

/**
 * PLS (`[playlist]`, `File1=`, `Title1=`, `Length1=`): keys in any order and any case, entries
 * sorted by number, `NumberOfEntries` ignored (it is often wrong), `Length` `-1` = live.
 * Shoutcast's `(#1 - 12/500) ` title prefix is removed.
 */
export function parsePls(text: string, base: string): PlaylistParseResult {
  const entries = new Map<number, PlaylistRecord>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const m = /^\s*(file|title|length)\s*(\d+)\s*=(.*)$/i.exec(raw);
    if (!m) continue;
    const n = Number(m[2]);
    const value = m[3]!.trim();
    const entry = entries.get(n) ?? {};
    entries.set(n, entry);
    const key = m[1]!.toLowerCase();
    if (key === 'file') entry.src = value;
    else if (key === 'title') entry.title = value.replace(/^\(#\d+\s*-\s*\d+\/\d+\)\s*/, '');
    else entry.duration = value;
  }
  return collectTracks(
    [...entries.keys()].sort((a, b) => a - b).map((n) => entries.get(n)!),
    base,
  );
}
