import type { Track } from './types.js';

/** Frozen lists of valid tracks (a title and a source each), which `validTracks` hands back as they are. @internal */
export const validLists = new WeakSet<readonly Track[]>();

/** Freezes `tracks`, every one already valid, and adds it to `validLists`. @internal */
export const markValid = (tracks: Track[]): readonly Track[] => (validLists.add(Object.freeze(tracks)), tracks);
