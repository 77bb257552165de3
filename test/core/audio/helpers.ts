// Shared helpers of the audio engine tests: await player states (never fixed sleeps).
import { disposePlayer, getPlayer } from '../../../src/core/audio/player.js';
import type { AudioStore } from '../../../src/core/audio/audio-store.js';
import type { Player, PlayerOptions, PlayerState, PlayerStatus } from '../../../src/core/audio/types.js';

let n = 0;
const made: string[] = [];

/** A fresh, uniquely named player (disposed by `disposeAll`). */
export function freshPlayer(options?: Partial<PlayerOptions>): Player & AudioStore {
  const name = `test-${Date.now().toString(36)}-${n++}`;
  made.push(name);
  return getPlayer(name, options) as Player & AudioStore;
}

export function disposeAll(): void {
  for (const name of made.splice(0)) disposePlayer(name);
}

const describe = (s: PlayerState) =>
  `status=${s.status} track=${s.track?.title} pos=${s.position.toFixed(2)} err=${s.error?.kind ?? '-'} attempt=${s.reconnectAttempt}`;

/** Resolves with the first state (current or future) for which `test` holds. */
export function until(player: Player, test: (s: PlayerState) => unknown, what: string, ms = 45000): Promise<PlayerState> {
  return new Promise((resolve, reject) => {
    if (test(player.getState())) return resolve(player.getState());
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; ${describe(player.getState())}`));
    }, ms);
    const off = player.subscribe((s) => {
      if (!test(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

/** Waits for `status`; fails at once on an unexpected `error` status. */
export async function untilStatus(player: Player, status: PlayerStatus, ms?: number): Promise<PlayerState> {
  const s = await until(player, (x) => x.status === status || (status !== 'error' && x.status === 'error'), `status ${status}`, ms);
  if (s.status !== status) throw new Error(`expected status ${status}, got error ${s.error?.kind}: ${s.error?.message}`);
  return s;
}

/** Waits until playback has advanced `by` seconds from now while playing: the user hears it. */
export async function advances(player: Player & AudioStore, by = 1, ms?: number): Promise<void> {
  await untilStatus(player, 'playing', ms);
  const from = player.media.currentTime;
  await until(player, (s) => s.status === 'playing' && player.media.currentTime >= from + by, `currentTime to advance ${by}s from ${from.toFixed(2)}`, ms);
}

/** Records every status the player goes through. */
export function statusLog(player: Player): PlayerStatus[] {
  const log: PlayerStatus[] = [player.getState().status];
  player.subscribe((s, prev) => s.status !== prev.status && log.push(s.status));
  return log;
}

/** Whether this engine can decode `type` at all (skips a format the engine lacks, with a reason). */
export function canPlay(type: string): boolean {
  return new Audio().canPlayType(type) !== '';
}

/** Resolves with the next `type` event on `document` from player `name` (`filter` may narrow it). */
export function nextEvent<T = Record<string, unknown>>(
  type: string,
  name: string,
  filter: (detail: T) => boolean = () => true,
  ms = 45000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      document.removeEventListener(type, on);
      reject(new Error(`timed out waiting for ${type}`));
    }, ms);
    const on = (e: Event) => {
      const detail = (e as CustomEvent).detail as T & { player?: string };
      if (detail?.player !== name || !filter(detail)) return;
      clearTimeout(timer);
      document.removeEventListener(type, on);
      resolve(detail);
    };
    document.addEventListener(type, on);
  });
}

/** Requests the test server saw for `path` under /audio/. */
export async function requestsFor(path: string): Promise<{ path: string; search: string; at: number }[]> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand('audio-requests', { path })) as { path: string; search: string; at: number }[];
}
