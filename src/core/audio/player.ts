/**
 * `getPlayer(name?)`: the shared audio engine of the page. The registry lives on
 * `globalThis[Symbol.for('nr.audio')]`, so two copies of the bundle (two plugins each embedding
 * it) still share one player per name.
 */
import { AudioStore } from './audio-store.js';
import type { Player, PlayerOptions } from './types.js';

const KEY = Symbol.for('nr.audio');

type Registry = Map<string, Player>;

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= new Map());
}

/**
 * Returns the player called `name` (default `'default'`), creating it on first use. `options`
 * (reconnect backoff, watchdog, metadata intervals) are applied to it either way.
 */
export function getPlayer(name = 'default', options?: Partial<PlayerOptions>): Player {
  const key = String(name || 'default');
  const reg = registry();
  let player = reg.get(key);
  if (!player) {
    player = new AudioStore(key);
    reg.set(key, player);
  }
  if (options) player.configure(options);
  return player;
}

/** Alias named after the store (STYLE.md §6). */
export const getAudioStore = getPlayer;

/** Stops and forgets a player (tests; single-page apps tearing a section down). @internal */
export function disposePlayer(name = 'default'): void {
  const reg = registry();
  const player = reg.get(name) as (Player & { dispose?: () => void }) | undefined;
  player?.dispose?.();
  reg.delete(name);
}
