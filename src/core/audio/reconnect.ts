/**
 * Live-stream resilience: exponential reconnect backoff and a progress watchdog.
 *
 * Events alone are not enough: when a live HTTP stream drops, Chromium fires neither `error` nor
 * `ended` at once but re-requests silently and discards what it already played (see
 * shared/TOOLCHAIN.md), so the watchdog reconnects whenever `currentTime` stops moving while the
 * player means to play.
 * @internal
 */
import type { PlayerOptions } from './types.js';

export type ReconnectReason = 'error' | 'network' | 'stalled' | 'ended' | 'watchdog' | 'load-timeout' | 'hls';

/** Delay before reconnect attempt `attempt` (1-based): base·2^(n-1), capped, ±20 % jitter. */
export function backoffDelay(attempt: number, base: number, cap: number, random: () => number = Math.random): number {
  const raw = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

/** `url` with a fresh cache-busting query parameter, so a live stream reloads at its live edge. */
export function cacheBust(url: string): string {
  try {
    const u = new URL(url, globalThis.document?.baseURI);
    u.searchParams.set('_nr', Date.now().toString(36) + Math.random().toString(36).slice(2, 6));
    return u.href;
  } catch {
    return url;
  }
}

export interface ReconnectHooks {
  /** A new attempt was scheduled (state → reconnecting). */
  attempt(attempt: number, delay: number, reason: ReconnectReason): void;
  /** The delay is over: load again. */
  retry(attempt: number): void;
  /** `maxReconnectAttempts` exhausted. */
  giveUp(reason: ReconnectReason): void;
}

/** Counts attempts and owns the one pending timer. */
export class Reconnector {
  attempt = 0;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly options: () => PlayerOptions,
    private readonly hooks: ReconnectHooks,
  ) {}

  get pending(): boolean {
    return this.#timer !== undefined;
  }

  schedule(reason: ReconnectReason): void {
    this.cancel();
    const o = this.options();
    this.attempt += 1;
    if (this.attempt > o.maxReconnectAttempts) {
      this.attempt = 0;
      this.hooks.giveUp(reason);
      return;
    }
    const attempt = this.attempt;
    const delay = backoffDelay(attempt, o.reconnectBaseDelay, o.reconnectMaxDelay);
    this.hooks.attempt(attempt, delay, reason);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.hooks.retry(attempt);
    }, delay);
  }

  /** Playback is healthy again: the next failure starts from attempt 1. */
  reset(): void {
    this.cancel();
    this.attempt = 0;
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

export type WatchdogMode = 'load' | 'play';

/**
 * Polls `currentTime` every 500 ms while running. Calls `onStall` once when it has not moved for
 * `loadTimeout` (mode `load`) or `watchdogTimeout` (mode `play`, live) — then stops itself.
 */
export class ProgressWatchdog {
  #timer?: ReturnType<typeof setInterval>;
  #last = 0;
  #lastAt = 0;
  #stalledAt = 0;
  mode: WatchdogMode = 'load';
  /** Seconds of progress since `markPlaying()`; the store resets its reconnect counter past 1.5 s. */
  progressSincePlaying = 0;

  constructor(
    private readonly media: HTMLMediaElement,
    private readonly options: () => PlayerOptions,
    private readonly isLive: () => boolean,
    private readonly onStall: (reason: ReconnectReason) => void,
    private readonly onProgress: (seconds: number) => void,
  ) {
    media.addEventListener('stalled', () => {
      if (this.running && !this.#stalledAt) this.#stalledAt = performance.now();
    });
    media.addEventListener('progress', () => (this.#stalledAt = 0));
  }

  get running(): boolean {
    return this.#timer !== undefined;
  }

  start(mode: WatchdogMode): void {
    this.mode = mode;
    this.#last = this.media.currentTime;
    this.#lastAt = performance.now();
    this.#stalledAt = 0;
    if (!this.#timer) this.#timer = setInterval(() => this.#check(), 500);
  }

  markPlaying(): void {
    this.mode = 'play';
    this.progressSincePlaying = 0;
    this.#lastAt = performance.now();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #check(): void {
    const now = performance.now();
    const t = this.media.currentTime;
    const o = this.options();
    if (this.media.seeking) {
      this.#last = t;
      this.#lastAt = now;
    } else if (t > this.#last) {
      this.progressSincePlaying += t - this.#last;
      this.#last = t;
      this.#lastAt = now;
      this.onProgress(this.progressSincePlaying);
    } else if (t < this.#last) {
      this.#last = t;
    }
    const live = this.isLive();
    const limit = this.mode === 'play' && live ? o.watchdogTimeout : o.loadTimeout;
    let reason: ReconnectReason | null = null;
    if (now - this.#lastAt > limit) reason = this.mode === 'load' ? 'load-timeout' : 'watchdog';
    else if (live && this.#stalledAt && now - this.#stalledAt > o.stalledTimeout) reason = 'stalled';
    if (reason) {
      this.stop();
      this.onStall(reason);
    }
  }
}
