/**
 * Remembers volume, muted and the last track (with the position of an on-demand file) in
 * `localStorage`, one key per player name. Storage may be missing, full or throw (privacy modes):
 * every access is guarded and failures are ignored.
 */
import { trackKey } from './sources.js';
import type { PlayerState, Track } from './types.js';

/** The `localStorage` key of a player's saved state. */
export const storageKey = (name: string) => `nr-player:${name}`;

export interface SavedPlayer {
  v: 1;
  volume: number;
  muted: boolean;
  track?: Track;
  position?: number;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readSaved(name: string): Partial<SavedPlayer> | null {
  try {
    const raw = storage()?.getItem(storageKey(name));
    const data: unknown = raw ? JSON.parse(raw) : null;
    return data && typeof data === 'object' && (data as SavedPlayer).v === 1 ? (data as SavedPlayer) : null;
  } catch {
    return null;
  }
}

interface PersistHost {
  readonly name: string;
  getState(): PlayerState;
  subscribe(fn: (s: PlayerState, prev: PlayerState) => void): () => void;
  restore(saved: Partial<SavedPlayer>): void;
}

const byHost = new WeakMap<object, Persistence>();

/**
 * The track a player restored from storage after a reload and has not played since: the bar
 * offers "Resume <title>" for it (one click; a restored track never autoplays). @internal
 */
export const resumableTrack = (player: object): Track | null => byHost.get(player)?.resumable ?? null;

/** @internal */
export class Persistence {
  #off: () => void;
  #savedAt = 0;
  /** The restored track until the player leaves its restored `paused` state. */
  resumable: Track | null = null;

  constructor(private readonly host: PersistHost) {
    byHost.set(host, this);
    const saved = readSaved(host.name);
    if (saved) host.restore(saved);
    const restored = host.getState();
    if (saved?.track && restored.status === 'paused') this.resumable = restored.track;
    this.#off = host.subscribe((s, prev) => {
      if (this.resumable && (s.status !== 'paused' || s.track !== this.resumable)) this.resumable = null;
      this.#maybeSave(s, prev);
    });
    globalThis.addEventListener?.('pagehide', this.#onHide);
  }

  #onHide = () => this.save();

  #maybeSave(s: PlayerState, prev: PlayerState): void {
    const important =
      s.volume !== prev.volume || s.muted !== prev.muted || trackKey(s.track) !== trackKey(prev.track) || s.status !== prev.status;
    if (!important && performance.now() - this.#savedAt < 5000) return;
    this.save(s);
  }

  save(s: PlayerState = this.host.getState()): void {
    this.#savedAt = performance.now();
    const data: SavedPlayer = { v: 1, volume: s.volume, muted: s.muted };
    if (s.track) {
      data.track = s.track;
      if (!s.live && !s.track.live && s.status !== 'ended' && s.position > 0) data.position = Math.round(s.position * 10) / 10;
    }
    try {
      storage()?.setItem(storageKey(this.host.name), JSON.stringify(data));
    } catch {
      /* quota or privacy mode */
    }
  }

  dispose(): void {
    byHost.delete(this.host);
    this.#off();
    globalThis.removeEventListener?.('pagehide', this.#onHide);
  }
}
