/**
 * The Media Session bridge, the always-bundled side: the bridge (media-session.ts) is a lazy chunk,
 * fetched while the page is idle (not in the click, where loading a module would hold up the
 * media's first frames) and created when the player is first asked to play.
 */
import { whenIdle } from '../idle.js';
import { createWhen } from './lazy-controller.js';
import type { Player } from './types.js';

/** Links `player` to the Media Session once it first loads or plays; returns the disposer. @internal */
export function linkMediaSession(player: Player): () => void {
  // `in`, not the getter: that builds the session, 0.2–2 ms of the first render.
  if (typeof navigator === 'undefined' || !('mediaSession' in navigator)) return () => {};
  let chunk: Promise<typeof import('./media-session.js')> | undefined;
  const load = () => (chunk ??= import('./media-session.js'));
  const cancelPreload = whenIdle(() => void load().catch(() => {}));
  const unlink = createWhen(
    player,
    (s) => s.status === 'loading' || s.status === 'playing',
    () => load().then(({ MediaSessionBridge }) => () => new MediaSessionBridge(player)),
    'Media Session',
  );
  return () => {
    cancelPreload();
    unlink();
  };
}
