/**
 * Media Session API (lock screen, media keys, headset buttons): metadata, playback state and
 * action handlers for the player that last started playing (or loading) on the page. Seek handlers and
 * position state only for on-demand files; cleared for live streams.
 *
 * Every call into the session is a round trip to the browser (registering the handlers of a click
 * took ~4 ms), so state changes are applied together when the page is next idle (at most 250 ms
 * later) and not while a source loads: until it plays, the main thread belongs to the media
 * pipeline (the `playing` event waits for it) and to the UI's feedback. A lazy chunk, fetched
 * while the page is idle and created by the store when playback is first asked for.
 */
import { whenIdle } from '../idle.js';
import { safeUrl } from '../url.js';
import type { Player, PlayerState } from './types.js';

const REGISTRY = Symbol.for('nr.audio.session');
type Owner = { owner?: object };
const shared = (): Owner => ((globalThis as Record<symbol, Owner>)[REGISTRY] ??= {});

const SEEK_ACTIONS = ['seekto', 'seekbackward', 'seekforward'] as const;

/** @internal */
export class MediaSessionBridge {
  #off: () => void;
  #seekable: boolean | null = null;

  #cancelIdle: () => void = () => {};

  /** The state the session last reflected; `undefined` while nothing is waiting to be applied. */
  #applied?: PlayerState;
  #pending = false;

  constructor(private readonly player: Player) {
    this.#off = player.subscribe((_s, prev) => this.#schedule(prev));
    // Created when playback was first asked for: everything so far is news to the session.
    this.#schedule({ ...player.getState(), status: 'idle', track: null, nowPlaying: null });
  }

  #schedule(prev: PlayerState): void {
    if (!this.#session) return;
    this.#applied ??= prev;
    if (this.#pending || this.player.getState().status === 'loading') return;
    this.#pending = true;
    this.#cancelIdle = whenIdle(() => {
      this.#pending = false;
      // While a source loads, the idle time is the media's (its `playing` event would wait for
      // these calls): the session follows when it plays or fails, which is a state change.
      const applied = this.#applied;
      if (!applied || this.player.getState().status === 'loading') return;
      this.#applied = undefined;
      this.#sync(this.player.getState(), applied);
    }, 250);
  }

  get #session(): MediaSession | undefined {
    return typeof navigator !== 'undefined' ? navigator.mediaSession : undefined;
  }

  #set(action: MediaSessionAction, handler: MediaSessionActionHandler | null): void {
    try {
      this.#session?.setActionHandler(action, handler);
    } catch {
      /* action not supported by this browser */
    }
  }

  #claim(): void {
    shared().owner = this;
    const p = this.player;
    this.#set('play', () => void p.play());
    this.#set('pause', () => p.pause());
    this.#set('stop', () => p.stop());
    this.#set('previoustrack', () => void p.previous());
    this.#set('nexttrack', () => void p.next());
    for (const a of SEEK_ACTIONS) this.#set(a, null); // another player's; #sync sets this one's
    this.#seekable = false;
  }

  #sync(s: PlayerState, prev: PlayerState): void {
    const session = this.#session;
    if (!session) return;
    // Claimed by the player that was asked to play (another player's handlers are replaced).
    if ((s.status === 'loading' || s.status === 'playing') && prev.status !== s.status && shared().owner !== this) this.#claim();
    if (shared().owner !== this) return;
    if (s.track !== prev.track || s.nowPlaying !== prev.nowPlaying || !session.metadata) this.#metadata(s);
    session.playbackState = s.status === 'playing' || s.status === 'buffering' ? 'playing' : s.track && s.status !== 'idle' ? 'paused' : 'none';
    const seekable = !!s.track && !s.live && Number.isFinite(s.duration) && s.duration > 0;
    if (seekable !== this.#seekable) {
      this.#seekable = seekable;
      const p = this.player;
      const step = (d?: number) => (d && d > 0 ? d : 10);
      this.#set('seekto', seekable ? (d) => d.seekTime !== undefined && p.seek(d.seekTime) : null);
      this.#set('seekbackward', seekable ? (d) => p.seek(p.getState().position - step(d.seekOffset)) : null);
      this.#set('seekforward', seekable ? (d) => p.seek(p.getState().position + step(d.seekOffset)) : null);
    }
    try {
      if (seekable) {
        session.setPositionState({ duration: s.duration, position: Math.min(s.position, s.duration), playbackRate: 1 });
      } else if (prev.track && (!prev.live || s.track !== prev.track)) {
        session.setPositionState();
      }
    } catch {
      /* older engines: no position state */
    }
  }

  #metadata(s: PlayerState): void {
    const t = s.track;
    if (!t || typeof MediaMetadata === 'undefined') return;
    const np = s.nowPlaying;
    const artwork = [safeUrl(np?.cover), safeUrl(t.cover)].filter((u): u is string => !!u).map((src) => ({ src }));
    try {
      this.#session!.metadata = np?.title
        ? new MediaMetadata({ title: np.title, artist: np.artist ?? '', album: t.title, artwork })
        : new MediaMetadata({ title: t.title, artist: t.subtitle ?? '', album: t.live || s.live ? t.title : (t.subtitle ?? ''), artwork });
    } catch {
      /* invalid artwork URL etc. */
    }
  }

  dispose(): void {
    this.#off();
    this.#cancelIdle();
    if (shared().owner !== this) return;
    shared().owner = undefined;
    for (const a of ['play', 'pause', 'stop', 'previoustrack', 'nexttrack', ...SEEK_ACTIONS] as const) this.#set(a, null);
    if (this.#session) {
      this.#session.metadata = null;
      this.#session.playbackState = 'none';
    }
  }
}
