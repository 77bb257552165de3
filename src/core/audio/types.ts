/** One playable source of a track; the engine picks the first the browser can play (`canPlayType`). */
export interface TrackSource {
  src: string;
  /** MIME type, e.g. `audio/mpeg`, `application/vnd.apple.mpegurl`. */
  type?: string;
}

/** A station or an on-demand file, as queued in the player and listed by `<radio-playlist>`. */
export interface Track {
  /** Stable id; defaults to the first source URL. */
  id?: string;
  title: string;
  /** Artist, show or station name. */
  subtitle?: string;
  /** A single source URL (shorthand for `sources: [{ src }]`). */
  src?: string;
  sources?: TrackSource[];
  /** Cover art URL. */
  cover?: string;
  /** A live stream (no duration, no seeking). Detected from an infinite duration when not set. */
  live?: boolean;
  /** Seconds, when known before loading. */
  duration?: number;
  /** Now-playing endpoint for live streams: Icecast status-json.xsl, Shoutcast v2 stats?json=1, AzuraCast. */
  metadataUrl?: string;
  /** A page to link to (the article of a news enclosure, the station's site). */
  link?: string;
}

export type PlayerStatus =
  | 'idle'
  | 'loading'
  | 'playing'
  | 'paused'
  | 'buffering'
  | 'reconnecting'
  | 'ended'
  | 'error';

export type PlayerErrorKind = 'network' | 'decode' | 'unsupported' | 'autoplay-blocked' | 'gave-up' | 'aborted';

export interface PlayerError {
  kind: PlayerErrorKind;
  message: string;
  url?: string;
}

/** Live metadata as polled from a stream's metadata endpoint. */
export interface NowPlaying {
  title?: string;
  artist?: string;
  cover?: string;
  listeners?: number;
}

/** The one state object of a player. Readonly: change it through the player's commands. */
export interface PlayerState {
  readonly status: PlayerStatus;
  readonly track: Track | null;
  readonly queue: readonly Track[];
  /** Index of `track` in `queue`, -1 when none. */
  readonly index: number;
  /** 0–1. */
  readonly volume: number;
  readonly muted: boolean;
  /** Seconds (throttled, ~4 Hz). */
  readonly position: number;
  /** Seconds; `Infinity` for live, `NaN` unknown. */
  readonly duration: number;
  readonly live: boolean;
  readonly nowPlaying: NowPlaying | null;
  readonly error: PlayerError | null;
  /** Reconnect attempt in progress (1-based), 0 when not reconnecting. */
  readonly reconnectAttempt: number;
  /** Another tab of the site is playing (set by the cross-tab channel). */
  readonly playingElsewhere: Track | null;
  /** Where `playingElsewhere` plays: `'tab'` (another tab of the site) or `'popup'` (the popup player); null otherwise. */
  readonly elsewhere: 'tab' | 'popup' | null;
  /** What `play()` starts while there is no `track`: the first row of a `<radio-playlist>` on the page (of the list that rendered first, while it stays); null when there is none. */
  readonly suggested: Track | null;
}

export type PlayerListener = (state: PlayerState, previous: PlayerState) => void;

/**
 * The public JS API of one shared player (`getPlayer(name?)` in src/core/audio/player.ts).
 * All commands are safe to call in any state; none throws (failures land in `state.error`).
 */
export interface Player {
  getState(): PlayerState;
  /** Calls `fn` on every state change (not immediately); returns the unsubscribe function. */
  subscribe(fn: PlayerListener): () => void;
  /**
   * Plays `track` (replacing the current one, keeping the queue if it contains it). Without one:
   * resumes the current track, starts the queue, or, with nothing queued, the first item a
   * `<radio-playlist>` on the page shows.
   */
  play(track?: Track): Promise<void>;
  pause(): void;
  /** Play if paused/idle/ended/error, pause if playing/loading/buffering/reconnecting. */
  toggle(): Promise<void>;
  /** Stops and unloads (live streams stop downloading). */
  stop(): void;
  next(): Promise<void>;
  previous(): Promise<void>;
  /** Seconds; ignored for live tracks. */
  seek(seconds: number): void;
  /** 0–1, clamped. */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Replaces the queue; plays `tracks[index]` when `autoplay` is true. */
  setQueue(tracks: readonly Track[], index?: number, autoplay?: boolean): Promise<void>;
  /** After an error: load the current track again and play. */
  retry(): Promise<void>;
  /** Changes tunables (reconnect backoff, watchdog, metadata intervals); returns the options in force. */
  configure(options: Partial<PlayerOptions>): Readonly<PlayerOptions>;
  /**
   * Remembers volume, muted and the last track (and position of on-demand files) in `localStorage`
   * under one key per player name, and restores them now when nothing is loaded yet (status
   * `paused`, never autoplays). Safe to call more than once; storage failures are ignored.
   */
  enablePersistence(): void;
}

/** Tunables of one player (`getPlayer(name).configure({...})`); times in milliseconds. */
export interface PlayerOptions {
  /** Reconnect attempts before giving up into `error.kind === 'gave-up'` (default 8). */
  maxReconnectAttempts: number;
  /** First reconnect delay; doubles per attempt (default 1000). */
  reconnectBaseDelay: number;
  /** Cap of the reconnect delay (default 30000). */
  reconnectMaxDelay: number;
  /** No `currentTime` progress for this long while playing ⇒ reconnect (default 3000). */
  watchdogTimeout: number;
  /** Loading (or an on-demand file buffering) without progress for this long ⇒ reconnect (default 15000). */
  loadTimeout: number;
  /** A live stream's `stalled` without new data for this long ⇒ reconnect (default 6000). */
  stalledTimeout: number;
  /** Now-playing poll interval while the tab is visible (default 15000). */
  metadataInterval: number;
  /** Now-playing poll interval while the tab is hidden (default 60000). */
  metadataHiddenInterval: number;
  /**
   * Play HLS through hls.js even where the browser claims native support (Chromium answers
   * `maybe` for HLS since its native player shipped). Default `false`: native first, as Safari needs.
   */
  preferHlsJs: boolean;
}
