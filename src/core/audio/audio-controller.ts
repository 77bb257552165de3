import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getPlayer } from './player.js';
import type { Player, PlayerState } from './types.js';

/** Shallow equality: `Object.is` per own key for plain objects and arrays, `Object.is` otherwise. */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Binds a Lit element to a shared player: `value` holds `pick(state)`, and the host re-renders
 * only when that slice changes (shallow equal). The player is named by the host's `player`
 * attribute (default `'default'`), read on connect.
 *
 * ```ts
 * #audio = new AudioController(this, (s) => ({ status: s.status, title: s.track?.title }));
 * render() { return html`${this.#audio.value.title}`; }   // this.#audio.player.toggle()
 * ```
 */
export class AudioController<S> implements ReactiveController {
  value: S;
  #player: Player;
  #off?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly pick: (state: PlayerState) => S,
  ) {
    this.#player = getPlayer(this.#name());
    this.value = pick(this.#player.getState());
    host.addController(this);
  }

  /** The player this host is bound to. */
  get player(): Player {
    return this.#player;
  }

  #name(): string {
    return this.host.getAttribute?.('player') || 'default';
  }

  hostConnected(): void {
    this.#off?.();
    this.#player = getPlayer(this.#name());
    this.#update(this.#player.getState());
    this.#off = this.#player.subscribe((s) => this.#update(s));
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
  }

  /** Re-binds to the player named by the current `player` attribute (call when it changes). */
  rebind(): void {
    if (this.#off) this.hostConnected();
    else this.#player = getPlayer(this.#name());
  }

  #update(state: PlayerState): void {
    const next = this.pick(state);
    if (shallowEqual(next, this.value)) return;
    this.value = next;
    this.host.requestUpdate();
  }
}
