/**
 * The audio engine: plain TypeScript (no Lit) owning ONE detached `HTMLAudioElement`, so it survives
 * any element moving around the page. State is one frozen object that changes only when the media
 * element confirms (media-chrome style): a rejected `play()` never shows as playing.
 *
 * Find an instance through `getPlayer(name)` (player.ts), not by constructing it.
 */
import { whenIdle } from '../idle.js';
import { linkCrossTab, type Elsewhere } from './cross-tab.js';
import { attachHls, type HlsHandle } from './hls.js';
import { LiveDetector } from './live-detector.js';
import { prepareMediaTurn, yieldToMedia } from './media-turn.js';
import { linkMediaSession } from './media-session-link.js';
import { watchNowPlaying } from './now-playing.js';
import { Persistence } from './persist.js';
import { announceTransition, emitPlayerEvent } from './player-events.js';
import { applyOptions, DEFAULT_PLAYER_OPTIONS, INITIAL_STATE, knownOnDemand, playerError, validTracks } from './player-state.js';
import { cacheBust, ProgressWatchdog, Reconnector, type ReconnectReason } from './reconnect.js';
import { pickSource, trackKey, trackSources } from './sources.js';
import type { NowPlaying, Player, PlayerError, PlayerErrorKind, PlayerListener, PlayerOptions, PlayerState, Track } from './types.js';

type Intent = 'play' | 'pause' | 'stop';

export class AudioStore implements Player {
  /** The one media element (never in the DOM). @internal */
  readonly media: HTMLAudioElement;
  #state: PlayerState = INITIAL_STATE;
  #listeners = new Set<PlayerListener>();
  #options: PlayerOptions = { ...DEFAULT_PLAYER_OPTIONS };
  #want: Intent = 'stop';
  /** Key of the track whose source is in the element; null when nothing is attached. */
  #attached: string | null = null;
  /** The attached source was prepared ahead of play() (`#prepare`) and has not been played yet. */
  #armed = false;
  #gen = 0;
  #erroredGen = -1;
  #hls: HlsHandle | null = null;
  #startAt = 0;
  #lastPositionAt = 0;
  #lastTime = 0;
  readonly #liveness = new LiveDetector();
  #reconnector: Reconnector;
  #watchdog: ProgressWatchdog;
  #persistence: Persistence | null = null;
  #disposers: (() => void)[] = [];

  constructor(readonly name = 'default') {
    this.media = new Audio();
    this.media.preload = 'none';
    const options = () => this.#options;
    this.#reconnector = new Reconnector(options, {
      attempt: (attempt, delay, reason) => {
        this.#patch({ status: 'reconnecting', reconnectAttempt: attempt });
        this.#emit('nr-reconnect', { attempt, delay, reason });
      },
      retry: () => void this.#loadAndPlay(true),
      giveUp: () => this.#fail('gave-up'),
    });
    this.#watchdog = new ProgressWatchdog(this.media, options, () => this.#isLive(), (r) => this.#reconnect(r), (p) => {
      if (p > 1.5 && this.#reconnector.attempt) this.#reconnector.reset();
      if (this.#state.status === 'buffering' && !this.media.paused) this.#patch({ status: 'playing' });
    });
    const on = (type: string, fn: () => void) => this.media.addEventListener(type, fn);
    on('playing', () => this.#onPlaying());
    on('pause', () => this.#onPause());
    on('waiting', () => this.#attached && this.#state.status === 'playing' && this.#patch({ status: 'buffering' }));
    on('error', () => this.#onError());
    on('ended', () => this.#onEnded());
    on('timeupdate', () => this.#onTime(false));
    on('seeking', () => this.#onTime(true));
    on('seeked', () => this.#onTime(true));
    on('durationchange', () => this.#onDuration());
    on('loadedmetadata', () => this.#onMetadata());
    on('volumechange', () => this.#syncVolume());
    const unwatchNowPlaying = watchNowPlaying(this, options);
    const unlinkTabs = linkCrossTab(this);
    this.#disposers.push(unwatchNowPlaying, linkMediaSession(this), unlinkTabs, whenIdle(prepareMediaTurn));
  }

  // ---- state ----

  getState(): PlayerState {
    return this.#state;
  }

  subscribe(fn: PlayerListener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** Options in force. */
  get options(): Readonly<PlayerOptions> {
    return this.#options;
  }

  configure(options: Partial<PlayerOptions>): Readonly<PlayerOptions> {
    return applyOptions(this.#options, options);
  }

  enablePersistence(): void {
    this.#persistence ??= new Persistence(this);
  }

  /** @internal What another tab or the popup plays (cross-tab.ts). */
  setElsewhere(playingElsewhere: Track | null, elsewhere: Elsewhere | null): void {
    this.#patch({ playingElsewhere, elsewhere: playingElsewhere ? elsewhere : null });
  }

  /** @internal Sets now-playing metadata (the poller). */
  setNowPlaying(nowPlaying: NowPlaying | null): void {
    this.#patch({ nowPlaying });
  }

  /**
   * @internal Shows a remembered track as `paused` (persistence), when nothing is loaded.
   */
  restore(saved: { track?: Track; position?: number; volume?: number; muted?: boolean }): void {
    if (typeof saved.volume === 'number') this.setVolume(saved.volume);
    if (typeof saved.muted === 'boolean') this.setMuted(saved.muted);
    const [track] = saved.track ? validTracks([saved.track]) : [];
    if (!track || this.#state.track) return;
    const position = !track.live && typeof saved.position === 'number' && saved.position > 0 ? saved.position : 0;
    this.#want = 'pause';
    this.#patch({
      status: 'paused',
      track,
      queue: Object.freeze([track]),
      index: 0,
      position,
      duration: track.duration ?? NaN,
      live: !!track.live,
    });
  }

  /**
   * @internal A hint from an element (`from`) that shows `track` as the first thing to play (a
   * playlist's first row) while the player has no track: its source is attached ahead of the
   * click, as for a queued track (see `#prepare`), and it is what `play()` starts while nothing is
   * queued (the Play button of a bar without `src` beside a playlist). With several lists on the
   * page, the one that offered first is suggested while it stays; a new offer from the same
   * element replaces its old one.
   */
  prepare(track: Track, from: object = track): void {
    if (!track || typeof track !== 'object' || !trackSources(track).length) return;
    const [valid] = validTracks([track]);
    if (!valid) return;
    this.#offers.set(from, valid);
    this.#suggest();
  }

  /** @internal The element that offered a track (`prepare`) left the page: the next offer, if any, is suggested. */
  withdraw(from: object): void {
    if (this.#offers.delete(from)) this.#suggest();
  }

  /** Offers by the element that made them, oldest first. */
  #offers = new Map<object, Track>();

  #suggest(): void {
    const [first = null] = this.#offers.values();
    this.#patch({ suggested: first });
    if (first && !this.#state.track) this.#prepare(first);
  }

  #patch(patch: Partial<PlayerState>): void {
    const prev = this.#state;
    let changed = false;
    for (const k in patch) {
      const key = k as keyof PlayerState;
      if (!Object.is(prev[key], patch[key])) changed = true;
    }
    if (!changed) return;
    const next = Object.freeze({ ...prev, ...patch });
    this.#state = next;
    announceTransition(this.name, next, prev);
    for (const fn of [...this.#listeners]) {
      try {
        fn(next, prev);
      } catch (e) {
        console.error('newsradio-elements: player listener failed', e);
      }
    }
  }

  #emit(type: string, detail: object): void {
    emitPlayerEvent(this.name, this.#state.track, type, detail);
  }

  // ---- commands ----

  async play(track?: Track): Promise<void> {
    if (track) {
      const [t] = validTracks([track]);
      if (!t) return this.#fail('unsupported');
      const key = trackKey(t);
      const i = this.#state.queue.findIndex((q) => trackKey(q) === key);
      return i >= 0 ? this.#playAt(this.#state.queue, i) : this.#playAt(Object.freeze([t]), 0);
    }
    const s = this.#state;
    if (!s.track) {
      if (s.queue.length) return this.#playAt(s.queue, Math.max(0, s.index));
      return s.suggested ? this.#playAt(Object.freeze([s.suggested]), 0) : undefined;
    }
    if (this.#want === 'play' && s.status !== 'error' && s.status !== 'ended') return;
    if (this.#attached === trackKey(s.track) && !this.#armed && !this.#isLive() && s.status !== 'error') {
      this.#want = 'play';
      this.#watchdog.start(s.status === 'ended' ? 'load' : 'play');
      return this.#callPlay(this.#gen, true);
    }
    this.#reconnector.reset();
    return this.#loadAndPlay((this.#attached !== null && !this.#armed) || s.status !== 'idle');
  }

  pause(): void {
    if (this.#want === 'stop') return;
    this.#want = 'pause';
    this.#reconnector.cancel();
    this.#watchdog.stop();
    if (!this.media.paused) {
      this.media.pause(); // status follows on the `pause` event
      return;
    }
    if (this.#isLive() || !this.#attached) this.#detach();
    const s = this.#state.status;
    if (s !== 'idle' && s !== 'ended' && s !== 'error') this.#patch({ status: 'paused', reconnectAttempt: 0 });
  }

  async toggle(): Promise<void> {
    const s = this.#state.status;
    if (s === 'playing' || s === 'buffering' || ((s === 'loading' || s === 'reconnecting') && this.#want === 'play')) this.pause();
    else await this.play();
  }

  stop(): void {
    this.#want = 'stop';
    this.#reconnector.reset();
    this.#watchdog.stop();
    this.#detach();
    if (this.#state.track) this.#patch({ status: 'idle', position: 0, reconnectAttempt: 0, nowPlaying: null });
  }

  async next(): Promise<void> {
    const { queue, index } = this.#state;
    if (index + 1 < queue.length) await this.#playAt(queue, index + 1);
  }

  async previous(): Promise<void> {
    const { queue, index } = this.#state;
    if (index > 0) await this.#playAt(queue, index - 1);
    else if (!this.#isLive()) this.seek(0);
  }

  seek(seconds: number): void {
    const s = this.#state;
    if (!s.track || this.#isLive() || !Number.isFinite(seconds)) return;
    const max = Number.isFinite(s.duration) ? s.duration : Infinity;
    const to = Math.min(Math.max(0, seconds), max);
    if (this.#attached && !this.#armed && this.media.readyState > 0) this.media.currentTime = to;
    else {
      this.#startAt = to;
      this.#patch({ position: to });
    }
  }

  setVolume(volume: number): void {
    if (!Number.isFinite(volume)) return;
    this.media.volume = Math.min(1, Math.max(0, volume));
    this.#syncVolume();
  }

  setMuted(muted: boolean): void {
    this.media.muted = !!muted;
    this.#syncVolume();
  }

  /** Reads back what the element accepted (iOS ignores `volume`), without waiting for `volumechange`. */
  #syncVolume(): void {
    this.#patch({ volume: Math.round(this.media.volume * 1000) / 1000, muted: this.media.muted });
  }

  async setQueue(tracks: readonly Track[], index = 0, autoplay = false): Promise<void> {
    const queue = validTracks(Array.isArray(tracks) ? tracks : []);
    const i = Math.min(Math.max(0, Math.trunc(index) || 0), queue.length - 1);
    if (autoplay && queue.length) return this.#playAt(queue, i);
    const current = this.#state.track;
    if (current) {
      const key = trackKey(current);
      this.#patch({ queue, index: queue.findIndex((t) => trackKey(t) === key) });
    } else {
      this.#patch({ queue, index: queue.length ? i : -1, track: queue[i] ?? null, status: 'idle' });
      this.#prepare(queue[i] ?? null);
    }
  }

  async retry(): Promise<void> {
    if (!this.#state.track) return;
    this.#reconnector.reset();
    await this.#loadAndPlay(true);
  }

  /** @internal Stops everything and forgets listeners (tests, `disposePlayer`). */
  dispose(): void {
    this.#persistence?.dispose();
    this.stop();
    for (const d of this.#disposers) d();
    this.#listeners.clear();
  }

  // ---- loading ----

  #isLive(): boolean {
    return !!this.#state.track?.live || this.#state.live;
  }

  async #playAt(queue: readonly Track[], index: number): Promise<void> {
    const track = queue[index];
    if (!track) return;
    this.#reconnector.reset();
    await this.#loadAndPlay(false, { track, queue, index });
  }

  /**
   * Attaches `track`'s source ahead of play(), so that a click starts it at once (the element has
   * chosen its resource, and an on-demand file has its header): `preload="metadata"` for an
   * on-demand file of known length (its first bytes, then the browser pauses the download; one
   * that reports no length is dropped in `#onDuration`), `preload="none"` for anything that may be
   * live (no request at all: a station connects only when played). Sources that need hls.js wait
   * for play(): the chunk is not loaded for a track nobody plays.
   */
  #prepare(track: Track | null): void {
    if (!track || this.#want === 'play' || this.#hls) return;
    const key = trackKey(track);
    if (this.#attached !== null && (!this.#armed || this.#attached === key)) return;
    const picked = pickSource(track, this.media, this.#options.preferHlsJs);
    if (picked?.via !== 'native') return;
    this.#detach();
    this.#attach(key);
    this.#armed = true;
    this.media.preload = knownOnDemand(track) ? 'metadata' : 'none';
    this.media.src = picked.url;
  }

  /** Marks `key`'s source as the one in the element, with nothing yet learnt about its length. */
  #attach(key: string): void {
    this.#attached = key;
    this.#liveness.reset();
  }

  /**
   * Loads the current track (or `next`, which becomes current) into the element (fresh:
   * cache-busting for live) and plays it. `play()` is called first, synchronously (inside the
   * user's click: user activation, and the fetch starts at once); the state follows.
   */
  async #loadAndPlay(fresh: boolean, next?: { track: Track; queue: readonly Track[]; index: number }): Promise<void> {
    const track = next?.track ?? this.#state.track;
    if (!track) return;
    this.#want = 'play';
    const live = next ? !!track.live : this.#isLive();
    const position = next || live ? 0 : this.#state.position;
    const patch: Partial<PlayerState> = next
      ? { ...next, status: 'loading', position, duration: track.duration ?? NaN, live, nowPlaying: null, error: null, reconnectAttempt: 0 }
      : this.#state.status === 'reconnecting'
        ? {}
        : { status: 'loading', error: null, position };
    // A source prepared ahead of the click is played as it is (a live one, unless a fresh load is due).
    const reuse = this.#armed && this.#attached === trackKey(track) && !(fresh && live);
    if (!reuse) this.#detach();
    this.#armed = false;
    const gen = this.#gen;
    const picked = reuse ? null : pickSource(track, this.media, this.#options.preferHlsJs);
    if (!reuse && !picked) {
      this.#patch(patch);
      return this.#fail('unsupported');
    }
    this.#startAt = live ? 0 : position;
    if (!reuse) this.#attach(trackKey(track));
    const url = picked && (fresh && live ? cacheBust(picked.url) : picked.url);
    this.#watchdog.start('load');
    if (picked?.via !== 'hls') {
      if (url) this.media.src = url;
      else if (this.#startAt > 0 && this.media.readyState > 0) {
        this.media.currentTime = this.#startAt; // its metadata came with the preload
        this.#startAt = 0;
      }
      const started = this.#callPlay(gen, reuse);
      this.media.preload = 'auto'; // after play(): set before, it would start the deferred load first
      this.#patch(patch);
      if (reuse && this.media.readyState > 0) this.#onDuration(); // its metadata came before the click
      return started;
    }
    this.media.preload = 'auto';
    this.#patch(patch);
    if (!url) return;
    try {
      const handle = await attachHls(this.media, url, {
        fatal: (code, message) => gen === this.#gen && this.#onFailure(code, message),
        live: (isLive) => {
          if (gen !== this.#gen) return;
          this.#liveness.hls = isLive;
          if (isLive) this.#patch({ live: true, duration: Infinity });
        },
      });
      if (gen !== this.#gen) return handle.destroy();
      this.#hls = handle;
    } catch (e) {
      if (gen !== this.#gen) return;
      console.warn('newsradio-elements: could not load hls.js', e);
      return this.#fail('unsupported');
    }
    await this.#callPlay(gen);
  }

  /**
   * `attached`: the source was in the element before this call. When it has data to play, its
   * `playing` event is queued with `play()`, and the elements' feedback waits for it (media-turn.ts);
   * a source just set has none yet, and its `playing` comes after the network.
   */
  async #callPlay(gen: number, attached?: boolean): Promise<void> {
    try {
      const started = this.media.play();
      if (attached && this.media.readyState > 2) yieldToMedia(); // HAVE_FUTURE_DATA
      await started;
    } catch (e) {
      if (gen !== this.#gen || this.#want !== 'play') return;
      const name = (e as DOMException)?.name;
      if (name === 'AbortError') return; // a new load or pause interrupted it
      if (name === 'NotAllowedError') {
        this.#want = 'pause';
        this.#watchdog.stop();
        this.#reconnector.reset();
        if (this.#isLive()) this.#detach();
        this.#patch({ status: 'paused', reconnectAttempt: 0, error: this.#error('autoplay-blocked') });
        return;
      }
      // NotSupportedError: the `error` event (fired before the rejection) handled it; else fail here.
      queueMicrotask(() => gen === this.#gen && this.#onFailure(this.media.error?.code ?? 4, String((e as Error)?.message ?? e)));
    }
  }

  /** Removes the source so nothing downloads; later media events of it are ignored. */
  #detach(): void {
    this.#gen++;
    if (this.#hls) {
      this.#hls.destroy();
      this.#hls = null;
    }
    this.#armed = false;
    if (this.#attached !== null || this.media.hasAttribute('src')) {
      this.#attached = null;
      this.media.removeAttribute('src');
      this.media.load();
    }
    this.media.preload = 'none';
  }

  #error(kind: PlayerErrorKind, message?: string): PlayerError {
    return playerError(kind, this.#state.track, message);
  }

  #fail(kind: PlayerErrorKind, message?: string): void {
    this.#want = 'stop';
    this.#watchdog.stop();
    this.#reconnector.reset();
    this.#detach();
    this.#patch({ status: 'error', error: this.#error(kind, message), reconnectAttempt: 0 });
  }

  #reconnect(reason: ReconnectReason): void {
    if (this.#want !== 'play' || !this.#state.track) return;
    this.#watchdog.stop();
    if (!this.#isLive()) this.#startAt = this.#state.position;
    this.#detach();
    this.#reconnector.schedule(reason);
  }

  // ---- media element events ----

  #onPlaying(): void {
    if (!this.#attached) return;
    if (this.#want !== 'play') {
      this.media.pause();
      return;
    }
    this.#watchdog.markPlaying();
    this.#watchdog.start('play');
    this.#patch({ status: 'playing', error: null, reconnectAttempt: 0 });
  }

  #onPause(): void {
    if (!this.#attached || this.media.ended) return;
    if (this.#want === 'play') this.#want = 'pause'; // paused from outside (OS, headset)
    this.#watchdog.stop();
    this.#reconnector.cancel();
    if (this.#isLive()) this.#detach(); // stop downloading; resume reloads at the live edge
    this.#patch({ status: 'paused', reconnectAttempt: 0, position: this.#isLive() ? this.#state.position : this.media.currentTime });
  }

  #onError(): void {
    if (!this.#attached) return;
    this.#onFailure(this.media.error?.code ?? 0, this.media.error?.message ?? '');
  }

  /** `code` as MediaError codes: 2 network, 3 decode, 4 unsupported/not found. */
  #onFailure(code: number, message: string): void {
    if (this.#erroredGen === this.#gen) return;
    this.#erroredGen = this.#gen;
    if (this.#want !== 'play') {
      if (this.#state.status === 'loading') this.#fail(code === 3 ? 'decode' : code === 2 ? 'network' : 'unsupported');
      else this.#detach();
      return;
    }
    if (this.#isLive()) return this.#reconnect('error');
    if (code === 2) return this.#reconnect('network');
    if (message) console.warn(`newsradio-elements: cannot play ${this.#state.track?.title}: ${message}`);
    this.#fail(code === 3 ? 'decode' : code === 2 ? 'network' : 'unsupported');
  }

  #onEnded(): void {
    if (!this.#attached || this.#want !== 'play') return;
    if (this.#isLive()) return this.#reconnect('ended');
    this.#watchdog.stop();
    this.#want = 'pause';
    const d = this.media.duration;
    this.#patch({ status: 'ended', position: Number.isFinite(d) ? d : this.media.currentTime });
    this.#emit('nr-ended', {});
    if (this.#state.index + 1 < this.#state.queue.length) void this.next();
  }

  #onTime(force: boolean): void {
    if (!this.#attached || this.#armed || this.media.readyState === 0) return;
    const now = performance.now();
    const t = this.media.currentTime;
    // WebKit fires no `playing` after `waiting` → `seeked`: time moving again means playing.
    const resumed = !force && this.#state.status === 'buffering' && !this.media.paused && !this.media.seeking && t > this.#lastTime;
    this.#lastTime = t;
    if (resumed) this.#patch({ status: 'playing', position: t });
    if (!force && now - this.#lastPositionAt < 240) return;
    this.#lastPositionAt = now;
    this.#patch({ position: t });
  }

  #onDuration(): void {
    const d = this.media.duration;
    if (!this.#attached || Number.isNaN(d)) return;
    if (this.#armed) {
      // Before play() the state keeps the data's values (read from the media at play()). A source
      // without a length is a stream after all: browsers keep downloading what they could not
      // resume, so it is dropped and connects only when played.
      if (d === Infinity) this.#detach();
      return;
    }
    // Sticky per track: when a live HTTP stream ends, browsers report the finite length received.
    const live = this.#liveness.saysLive(this.media) || !!this.#state.track?.live || this.#state.live;
    this.#patch({ duration: live ? Infinity : d, live });
  }

  #onMetadata(): void {
    this.#onDuration();
    if (this.#startAt > 0 && this.#attached && !this.#armed && !this.#isLive()) {
      this.media.currentTime = this.#startAt;
      this.#startAt = 0;
    }
  }
}
