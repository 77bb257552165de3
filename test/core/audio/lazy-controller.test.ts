import { expect, waitUntil } from '@open-wc/testing';
import { createWhen } from '../../../src/core/audio/lazy-controller.js';
import { afterMediaTurn, yieldToMedia } from '../../../src/core/audio/media-turn.js';
import { INITIAL_STATE } from '../../../src/core/audio/player-state.js';
import type { PlayerState } from '../../../src/core/audio/types.js';

/** A player as a lazy helper sees it: state changes to subscribe to. */
function fakePlayer() {
  const listeners = new Set<(s: PlayerState) => void>();
  return {
    subscribe(fn: (s: PlayerState) => void) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    set(patch: Partial<PlayerState>) {
      const s = { ...INITIAL_STATE, ...patch };
      for (const fn of [...listeners]) fn(s);
    },
  };
}

/** A player and a helper of it whose chunk load, creation and disposal are written to `steps`. */
function watched() {
  const player = fakePlayer();
  const steps: string[] = [];
  const dispose = createWhen(
    player,
    (s) => s.status === 'loading',
    () => {
      steps.push('load');
      return Promise.resolve(() => (steps.push('create'), { dispose: () => void steps.push('dispose') }));
    },
    'test helper',
  );
  return { player, steps, dispose };
}

describe('a player helper from a lazy chunk (createWhen)', () => {
  it('loads its chunk the first time the state calls for it, and only then', async () => {
    const { player, steps, dispose } = watched();
    player.set({ status: 'idle' });
    expect(steps).to.deep.equal([]);
    player.set({ status: 'loading' });
    steps.push('state changed');
    await waitUntil(() => steps.includes('create'), 'the helper');
    player.set({ status: 'loading' });
    dispose();
    expect(steps).to.deep.equal(['load', 'state changed', 'create', 'dispose']);
  });

  it('loads behind the media when a click started a source with data: no import inside the click', async () => {
    const { player, steps, dispose } = watched();
    yieldToMedia(); // play() was just called on a buffered source
    player.set({ status: 'loading' });
    steps.push('click over');
    await waitUntil(() => steps.includes('create'), 'the helper');
    dispose();
    expect(steps).to.deep.equal(['click over', 'load', 'create', 'dispose']);
  });

  it("loads nothing when the player goes before the media's turn is over", async () => {
    const { player, steps, dispose } = watched();
    yieldToMedia();
    player.set({ status: 'loading' });
    dispose();
    await afterMediaTurn(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(steps).to.deep.equal([]);
  });
});
