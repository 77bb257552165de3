import type { Player, PlayerState } from './types.js';

/**
 * Keyboard shortcuts of `<audio-bar>`, active while focus is inside the bar.
 *
 * | key            | on-demand track            | live stream      |
 * |----------------|----------------------------|------------------|
 * | Space, K       | play / pause               | play / pause     |
 * | M              | mute / unmute              | mute / unmute    |
 * | ← / →          | seek 5 s back / forward    | volume − / +     |
 * | ↓ / ↑          | volume − / + (10 %)        | volume − / +     |
 * | P / N          | previous / next in queue   | previous / next  |
 *
 * Keys keep their native meaning where they have one: Space activates a focused button or link,
 * arrows move a focused slider (seek or volume) by its own step. Shortcuts with Ctrl, Alt or Meta
 * are left to the browser. Time runs left to right in both writing directions (like the
 * transport icons, which are not mirrored), so ← always seeks back.
 * @internal
 */
export type ShortcutAction =
  | 'toggle'
  | 'mute'
  | 'seek-backward'
  | 'seek-forward'
  | 'volume-up'
  | 'volume-down'
  | 'next'
  | 'previous';

/** Seconds moved by ← / →. */
export const SEEK_STEP = 5;
/** Volume change of ↑ / ↓ (0–1 scale). */
export const VOLUME_STEP = 0.1;

const NATIVE_SPACE = new Set(['button', 'a', 'summary', 'select', 'textarea']);

/** The action `event` asks for, or `undefined` when the key is not a shortcut here. @internal */
export function shortcutFor(event: KeyboardEvent, live: boolean): ShortcutAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.composedPath()[0] as HTMLElement | undefined;
  const tag = target?.localName ?? '';
  const type = tag === 'input' ? (target as HTMLInputElement).type : '';
  if ((tag === 'input' && type !== 'range') || target?.isContentEditable) return undefined;
  const slider = type === 'range';
  switch (event.key.length === 1 ? event.key.toLowerCase() : event.key) {
    case ' ':
      return NATIVE_SPACE.has(tag) ? undefined : 'toggle';
    case 'k':
      return 'toggle';
    case 'm':
      return 'mute';
    case 'n':
      return 'next';
    case 'p':
      return 'previous';
    case 'ArrowLeft':
      return slider ? undefined : live ? 'volume-down' : 'seek-backward';
    case 'ArrowRight':
      return slider ? undefined : live ? 'volume-up' : 'seek-forward';
    case 'ArrowUp':
      return slider ? undefined : 'volume-up';
    case 'ArrowDown':
      return slider ? undefined : 'volume-down';
    default:
      return undefined;
  }
}

/** Carries out `action` on `player`, given its current `state`. @internal */
export function runShortcut(action: ShortcutAction, player: Player, state: PlayerState): void {
  switch (action) {
    case 'toggle':
      void player.toggle();
      break;
    case 'mute':
      player.setMuted(!state.muted);
      break;
    case 'seek-backward':
    case 'seek-forward': {
      const delta = action === 'seek-forward' ? SEEK_STEP : -SEEK_STEP;
      const end = Number.isFinite(state.duration) ? state.duration : Infinity;
      player.seek(Math.min(end, Math.max(0, state.position + delta)));
      break;
    }
    case 'volume-up':
    case 'volume-down': {
      const delta = action === 'volume-up' ? VOLUME_STEP : -VOLUME_STEP;
      const volume = Math.round((state.volume + delta) * 100) / 100;
      player.setVolume(volume);
      // Raising the volume of a muted player unmutes it, as on every hardware player.
      if (state.muted && delta > 0) player.setMuted(false);
      break;
    }
    case 'next':
      void player.next();
      break;
    case 'previous':
      void player.previous();
      break;
  }
}
