/**
 * The channel behind cross-tab.ts, loaded lazily (its own chunk) by each player.
 *
 * One tab plays at a time, and the popup player. Every player talks on a `BroadcastChannel`
 * named `nr-player:<name>`: a tab that starts playing announces it, the other tabs of the site
 * pause and show what plays elsewhere (`state.playingElsewhere`, `state.elsewhere`) until that tab
 * stops or closes. The popup (`<audio-bar player-popup>`) asks the page that opened it to hand
 * over track, position and volume, and holds the page's player (`elsewhere: 'popup'`) until it
 * closes. Without `BroadcastChannel` all of this is a no-op.
 * @internal
 */
import { afterMediaTurn } from './media-turn.js';
import type { CrossTabHost } from './cross-tab.js';
import { trackKey } from './sources.js';
import type { PlayerState, Track } from './types.js';

/** What a popup receives from the page it takes over from. */
export interface Handover {
  track: Track;
  queue: readonly Track[];
  index: number;
  position: number;
  volume: number;
  muted: boolean;
}

type Message =
  | { type: 'hello'; id: string }
  | { type: 'playing'; id: string; track: Track; popup?: boolean }
  | { type: 'stopped'; id: string; popup?: boolean }
  | { type: 'closed'; id: string; popup?: boolean }
  | { type: 'popup-ready'; id: string }
  | { type: 'take'; id: string; to: string; popup?: boolean }
  | ({ type: 'handover'; id: string; to: string } & Handover);

const ACTIVE = new Set(['playing', 'buffering']);
const WANTS_SOUND = new Set(['playing', 'buffering', 'loading', 'reconnecting']);
const randomId = () => Math.random().toString(36).slice(2) + Date.now().toString(36);

/** @internal */
export class CrossTab {
  /** This page's id on the channel. */
  readonly id = randomId();
  /** This player is the popup's (`<audio-bar player-popup>`). */
  isPopup = false;
  #channel: BroadcastChannel | null = null;
  #off: () => void = () => {};
  /** The peer whose playback this player shows as `playingElsewhere`. */
  #remote: { id: string; popup: boolean } | null = null;
  #announced = false;
  #awaitingPopup = false;
  /** "Listen here" asked the playing peer for its position; its handover is applied until then. */
  #takeUntil = 0;

  constructor(private readonly host: CrossTabHost) {
    try {
      this.#channel = new BroadcastChannel(`nr-player:${host.name}`);
    } catch {
      return;
    }
    this.#channel.onmessage = (e: MessageEvent) => this.#receive(e.data as Message);
    this.#off = host.subscribe((s, prev) => this.#onState(s, prev));
    globalThis.addEventListener?.('pagehide', this.#onHide);
    // The channel is made when the page is first idle. A page that started to play before then tells
    // the others (asking them would get an answer that pauses it: the latest play wins).
    const state = host.getState();
    if (WANTS_SOUND.has(state.status)) this.#onState(state, { ...state, status: 'idle' });
    else this.#send({ type: 'hello', id: this.id });
  }

  #send(message: Message): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      /* closed, or a track field that cannot be cloned */
    }
  }

  #onState(s: PlayerState, prev: PlayerState): void {
    const active = ACTIVE.has(s.status);
    if (active && (!ACTIVE.has(prev.status) || trackKey(s.track) !== trackKey(prev.track)) && s.track) {
      if (this.#remote) this.#clear(); // taking over (a popup that was in charge gets paused)
      this.#announced = true;
      // After the media's turn (its `playing` listeners come first); not if it stopped meanwhile.
      const playing: Message = { type: 'playing', id: this.id, track: s.track, popup: this.isPopup || undefined };
      void afterMediaTurn(() => this.#announced && this.#send(playing));
    } else if (!active && this.#announced && !WANTS_SOUND.has(s.status)) {
      this.#announced = false;
      this.#send({ type: 'stopped', id: this.id, popup: this.isPopup || undefined });
    }
  }

  #clear(): void {
    this.#remote = null;
    this.host.setElsewhere(null, null);
  }

  #holdFor(id: string, track: Track, popup: boolean): void {
    if (WANTS_SOUND.has(this.host.getState().status)) this.host.pause();
    this.#remote = { id, popup };
    this.host.setElsewhere(track, popup ? 'popup' : 'tab');
  }

  #receive(m: Message): void {
    if (!m || typeof m !== 'object' || m.id === this.id) return;
    const s = this.host.getState();
    switch (m.type) {
      case 'hello':
        if (this.#announced && s.track) this.#send({ type: 'playing', id: this.id, track: s.track, popup: this.isPopup || undefined });
        else if (this.isPopup && s.track) this.#send({ type: 'playing', id: this.id, track: s.track, popup: true });
        break;
      case 'playing':
        this.#holdFor(m.id, m.track, !!m.popup);
        break;
      case 'stopped':
        if (this.#remote?.id === m.id && !this.#remote.popup) this.#clear();
        break;
      case 'closed':
        if (this.#remote?.id === m.id) this.#clear();
        break;
      case 'popup-ready':
        if (this.isPopup || !s.track || !(this.#awaitingPopup || WANTS_SOUND.has(s.status))) break;
        this.#awaitingPopup = false;
        this.#handOver(m.id, true);
        break;
      case 'take':
        if (m.to === this.id && s.track) this.#handOver(m.id, !!m.popup);
        break;
      case 'handover':
        if (m.to !== this.id) break;
        if (Date.now() < this.#takeUntil) this.#continueFrom(m);
        else this.#takeHandover(m);
        break;
    }
  }

  /** Sends `to` what plays here (track, queue, position, volume), then pauses and shows it playing there. */
  #handOver(to: string, popup: boolean): void {
    const s = this.host.getState();
    if (!s.track) return;
    this.#send({
      type: 'handover',
      id: this.id,
      to,
      track: s.track,
      queue: s.queue.length ? s.queue : [s.track],
      index: Math.max(0, s.index),
      position: s.live ? 0 : s.position,
      volume: s.volume,
      muted: s.muted,
    });
    this.#holdFor(to, s.track, popup);
  }

  /** "Listen here": already playing the peer's track here; continue where the peer was, in its queue. */
  #continueFrom(h: Handover): void {
    this.#takeUntil = 0;
    const p = this.host;
    const s = p.getState();
    if (!s.track || trackKey(s.track) !== trackKey(h.track)) return;
    void p.setQueue(h.queue, h.index, false);
    if (h.position > 0) p.seek(h.position); // before metadata: the store starts there
  }

  #takeHandover(h: Handover): void {
    const p = this.host;
    p.setVolume(h.volume);
    p.setMuted(h.muted);
    void p.setQueue(h.queue, h.index, false);
    void p.play(h.track);
    if (h.position > 0) p.seek(h.position); // applied once the new source has its metadata
  }

  /** Marks this player as the popup's and asks the opener to hand playback over. */
  becomePopup(): void {
    if (this.isPopup) return;
    this.isPopup = true;
    this.#send({ type: 'popup-ready', id: this.id });
  }

  /**
   * "Listen here": asks the peer that plays for its queue and position (it pauses and answers with a
   * handover); the caller starts playing the peer's track at once, inside the user's click.
   */
  requestHandover(): void {
    if (!this.#remote) return;
    this.#takeUntil = Date.now() + 3000;
    this.#send({ type: 'take', id: this.id, to: this.#remote.id, popup: this.isPopup || undefined });
  }

  /** The next popup that reports ready takes playback over from this page. */
  expectPopup(): void {
    this.#awaitingPopup = true;
  }

  #onHide = () => {
    if (this.#announced) this.#send({ type: 'stopped', id: this.id, popup: this.isPopup || undefined });
    this.#announced = false;
    this.#send({ type: 'closed', id: this.id, popup: this.isPopup || undefined });
  };

  dispose(): void {
    this.#off();
    globalThis.removeEventListener?.('pagehide', this.#onHide);
    this.#channel?.close();
    this.#channel = null;
  }
}
