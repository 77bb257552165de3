/**
 * A player's helper that lives in a lazy chunk and is only needed once the player reaches some
 * state (now-playing polling, the Media Session bridge).
 * @internal
 */
import { afterMediaTurn } from './media-turn.js';
import type { PlayerState } from './types.js';

interface Disposable {
  dispose(): void;
}

/**
 * The first time `when(state)` holds, loads the chunk (`load` resolves to a constructor call) and
 * creates the helper, unless the returned disposer ran first; the disposer also disposes the helper.
 * While the media's turn is open (a click started a source with data), the import waits for its end.
 * A chunk that fails to load is one console warning (`what` names the feature that is missing).
 */
export function createWhen(
  host: { subscribe(fn: (s: PlayerState) => void): () => void },
  when: (s: PlayerState) => boolean,
  load: () => Promise<() => Disposable>,
  what: string,
): () => void {
  let disposed = false;
  let helper: Disposable | undefined;
  const off = host.subscribe((s) => {
    if (!when(s)) return;
    off();
    void afterMediaTurn(() =>
      disposed ||
      load().then(
        (create) => void (disposed || (helper = create())),
        (e) => console.warn(`newsradio-elements: ${what} unavailable`, e),
      ),
    );
  });
  return () => {
    disposed = true;
    off();
    helper?.dispose();
  };
}
