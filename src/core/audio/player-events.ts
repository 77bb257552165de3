/**
 * The player's DOM events (`nr-play`, `nr-pause`, `nr-track-change`, `nr-error`, and the ones the
 * store fires itself: `nr-reconnect`, `nr-ended`), dispatched on `document` so that any element
 * or page script hears every player.
 */
import { trackKey } from './sources.js';
import type { PlayerState, Track } from './types.js';

const PLAYING_LIKE = new Set(['playing', 'buffering']);

/** Dispatches `type` on `document` with the player's name and track in its detail. */
export function emitPlayerEvent(player: string, track: Track | null, type: string, detail: object): void {
  if (typeof document === 'undefined') return;
  document.dispatchEvent(new CustomEvent(type, { detail: { player, track, ...detail }, bubbles: true, composed: true }));
}

/** The events a change of state from `prev` to `s` means. */
export function announceTransition(player: string, s: PlayerState, prev: PlayerState): void {
  const emit = (type: string, detail: object) => emitPlayerEvent(player, s.track, type, detail);
  if (trackKey(s.track) !== trackKey(prev.track) && s.track) emit('nr-track-change', { index: s.index, previous: prev.track });
  if (s.status === 'playing' && !PLAYING_LIKE.has(prev.status)) emit('nr-play', {});
  if ((s.status === 'paused' || s.status === 'idle') && prev.status !== 'paused' && prev.status !== 'idle') emit('nr-pause', {});
  if (s.error && s.error !== prev.error) emit('nr-error', { ...s.error, url: s.error.url ?? '' });
}
