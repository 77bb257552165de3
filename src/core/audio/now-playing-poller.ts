/**
 * Now-playing metadata of live streams: the poller that feeds a player, every 15 s while the tab
 * is visible and 60 s hidden. A lazy chunk with its parsers (now-playing-formats.ts), loaded by
 * now-playing.ts when a track with a `metadataUrl` first plays. Failures never touch the audio.
 */
import { safeUrl } from '../url.js';
import type { PollHost } from './now-playing.js';
import { parseNowPlaying } from './now-playing-formats.js';
import { POLLING } from './polling.js';
import { trackKey, trackSources } from './sources.js';
import type { NowPlaying, PlayerOptions, PlayerState } from './types.js';

const same = (a: NowPlaying | null, b: NowPlaying | null) =>
  a === b || (!!a && !!b && a.title === b.title && a.artist === b.artist && a.cover === b.cover && a.listeners === b.listeners);

/** Polls the current track's `metadataUrl` (set for live streams) while it plays. @internal */
export class NowPlayingPoller {
  #key = '';
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;
  #warned = '';
  #lastPoll = 0;
  #off: () => void;
  #onVisibility = () => this.#key && this.#schedule();

  constructor(
    private readonly host: PollHost,
    private readonly options: () => PlayerOptions,
  ) {
    this.#off = host.subscribe((s) => this.#sync(s));
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#sync(host.getState());
  }

  #sync(s: PlayerState): void {
    const url = s.track?.metadataUrl;
    const wanted = url && POLLING.has(s.status) ? `${trackKey(s.track)}\n${url}` : '';
    if (wanted === this.#key) return;
    this.#stop();
    this.#key = wanted;
    if (wanted) void this.#poll();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#key = '';
  }

  /** Next poll `interval` after the last one (visible: 15 s, hidden: 60 s by default). */
  #schedule(): void {
    clearTimeout(this.#timer);
    const o = this.options();
    const every = document.visibilityState === 'hidden' ? o.metadataHiddenInterval : o.metadataInterval;
    const wait = Math.max(0, this.#lastPoll + every - performance.now());
    this.#timer = setTimeout(() => void this.#poll(), wait);
  }

  async #poll(): Promise<void> {
    const key = this.#key;
    const s = this.host.getState();
    const url = safeUrl(s.track?.metadataUrl);
    if (!key || !url) return;
    this.#abort?.abort();
    this.#lastPoll = performance.now();
    const abort = (this.#abort = new AbortController());
    try {
      const res = await fetch(url, { signal: abort.signal, cache: 'no-store', credentials: 'omit' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json: unknown = await res.json();
      if (key !== this.#key) return;
      const stream = trackSources(s.track!)[0]?.src;
      const np = parseNowPlaying(json, stream ? safeUrl(stream) : undefined);
      if (!same(np, this.host.getState().nowPlaying)) this.host.setNowPlaying(np);
    } catch (e) {
      if (abort.signal.aborted) return;
      if (this.#warned !== key) {
        this.#warned = key;
        console.warn(`newsradio-elements: now-playing metadata unavailable (${url}):`, (e as Error)?.message ?? e);
      }
    }
    if (key === this.#key) this.#schedule();
  }

  dispose(): void {
    this.#stop();
    this.#off();
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }
}
