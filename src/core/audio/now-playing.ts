/**
 * Now-playing metadata of live streams, the always-bundled side: waits for the first track with a
 * `metadataUrl` to play, then loads the poller and its parsers (now-playing-poller.ts, a lazy
 * chunk). Pages whose stations publish no metadata never load them.
 */
import { createWhen } from './lazy-controller.js';
import { POLLING } from './polling.js';
import type { NowPlaying, PlayerOptions, PlayerState } from './types.js';

/** The store as the poller sees it. @internal */
export interface PollHost {
  getState(): PlayerState;
  subscribe(fn: (s: PlayerState) => void): () => void;
  setNowPlaying(np: NowPlaying | null): void;
}

/** Starts the poller for `host` when it first plays a track with metadata; returns the disposer. @internal */
export function watchNowPlaying(host: PollHost, options: () => PlayerOptions): () => void {
  return createWhen(
    host,
    (s) => !!s.track?.metadataUrl && POLLING.has(s.status),
    () => import('./now-playing-poller.js').then(({ NowPlayingPoller }) => () => new NowPlayingPoller(host, options)),
    'now-playing metadata',
  );
}
