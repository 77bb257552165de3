/**
 * What a player starts from and accepts: default options, the initial state, error texts, and the
 * checks a track passes before it is queued.
 */
import { markValid, validLists } from './valid-list.js';
import type { PlayerError, PlayerErrorKind, PlayerOptions, PlayerState, Track } from './types.js';
import { trackSources } from './sources.js';

export const DEFAULT_PLAYER_OPTIONS: Readonly<PlayerOptions> = Object.freeze({
  maxReconnectAttempts: 8,
  reconnectBaseDelay: 1000,
  reconnectMaxDelay: 30000,
  watchdogTimeout: 3000,
  loadTimeout: 15000,
  stalledTimeout: 6000,
  metadataInterval: 15000,
  metadataHiddenInterval: 60000,
  preferHlsJs: false,
});

export const INITIAL_STATE: PlayerState = Object.freeze({
  status: 'idle',
  track: null,
  queue: Object.freeze([]) as readonly Track[],
  index: -1,
  volume: 1,
  muted: false,
  position: 0,
  duration: NaN,
  live: false,
  nowPlaying: null,
  error: null,
  reconnectAttempt: 0,
  playingElsewhere: null,
  elsewhere: null,
  suggested: null,
});

const MESSAGES: Record<PlayerErrorKind, string> = {
  network: 'The stream could not be loaded.',
  decode: 'The audio could not be decoded.',
  unsupported: 'This audio cannot be played in this browser.',
  'autoplay-blocked': 'Press play to listen',
  'gave-up': 'The stream is unavailable. Retry?',
  aborted: 'Playback was interrupted.',
};

/** What `trackSources(t).length > 0` says, without building the list. */
const hasSource = (t: Track) => !!t.src || (Array.isArray(t.sources) && t.sources.some((s) => s && typeof s.src === 'string'));

/**
 * Keeps only tracks with a title and at least one source; one console warning for the rest.
 * Tracks are frozen copies; a track already frozen with a string title (a playlist's parsed
 * tracks) is kept as it is, so queueing a long list copies nothing, and a list that came out of
 * here (or `markValid`) is not checked again: a click on a row of 100,000 plays at once.
 */
export function validTracks(tracks: readonly unknown[]): readonly Track[] {
  if (validLists.has(tracks as readonly Track[])) return tracks as readonly Track[];
  const ok: Track[] = [];
  for (const t of tracks) {
    if (!t || typeof t !== 'object' || !hasSource(t as Track)) continue;
    const track = t as Track;
    ok.push(Object.isFrozen(track) && typeof track.title === 'string' ? track : Object.freeze({ ...track, title: String(track.title ?? '') }));
  }
  if (ok.length !== tracks.length) console.warn(`newsradio-elements: ignored ${tracks.length - ok.length} track(s) without a source`);
  return markValid(ok);
}

/** An on-demand file whose length the data states: the only kind whose metadata is fetched before play(). */
export const knownOnDemand = (t: Track) => !t.live && typeof t.duration === 'number' && Number.isFinite(t.duration) && t.duration > 0;

/** An error of `kind` for `track`, with the message people see. */
export function playerError(kind: PlayerErrorKind, track: Track | null, message = MESSAGES[kind]): PlayerError {
  return Object.freeze({ kind, message, url: trackSources(track ?? { title: '' })[0]?.src });
}

/** `options` with the valid entries of `changes` applied (known keys, values of the default's type, numbers ≥ 0). */
export function applyOptions(options: PlayerOptions, changes: Partial<PlayerOptions>): PlayerOptions {
  for (const [k, v] of Object.entries(changes ?? {})) {
    const def = DEFAULT_PLAYER_OPTIONS[k as keyof PlayerOptions];
    const ok = typeof def === 'boolean' ? typeof v === 'boolean' : typeof v === 'number' && v >= 0 && Number.isFinite(v);
    if (def !== undefined && ok) (options as unknown as Record<string, unknown>)[k] = v;
  }
  return options;
}
