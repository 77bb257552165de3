/**
 * One tab plays at a time, and the popup player. Every player talks on a `BroadcastChannel`
 * named `nr-player:<name>`: a tab that starts playing announces it, the other tabs of the site
 * pause and show what plays elsewhere (`state.playingElsewhere`, `state.elsewhere`) until that tab
 * stops or closes. The popup (`<audio-bar player-popup>`) asks the page that opened it to hand
 * over track, position and volume, and holds the page's player (`elsewhere: 'popup'`) until it
 * closes. Without `BroadcastChannel` all of this is a no-op.
 *
 * This module is the small, always-bundled side; the channel itself (cross-tab-channel.ts) is a
 * lazy chunk loaded when a player is created.
 * @internal
 */
import { whenIdle } from '../idle.js';
import { trackKey } from './sources.js';
import type { Player, Track } from './types.js';

/** Where `playingElsewhere` plays. */
export type Elsewhere = 'tab' | 'popup';

/** The store's hook for what plays elsewhere. @internal */
export interface CrossTabHost extends Player {
  readonly name: string;
  setElsewhere(track: Track | null, where: Elsewhere | null): void;
}

interface Channel {
  becomePopup(): void;
  requestHandover(): void;
  expectPopup(): void;
  dispose(): void;
}

/** Requests made before the channel chunk arrived are replayed on it. */
interface Link {
  popup: boolean;
  expecting: boolean;
  closed: boolean;
  channel?: Channel;
}

const links = new WeakMap<Player, Link>();

/** Connects `host` to the other tabs (lazily); returns the disconnect function. @internal */
export function linkCrossTab(host: CrossTabHost): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const link: Link = { popup: false, expecting: false, closed: false };
  links.set(host, link);
  // Loaded when the page is first idle: a dynamic import in the first render costs it 0.3–2 ms.
  const cancel = whenIdle(() => {
    import('./cross-tab-channel.js').then(
      ({ CrossTab }) => {
        if (link.closed) return;
        const channel = (link.channel = new CrossTab(host));
        if (link.popup) channel.becomePopup();
        if (link.expecting) channel.expectPopup();
      },
      (e) => console.warn('newsradio-elements: cross-tab sync unavailable', e),
    );
  });
  return () => {
    cancel();
    link.closed = true;
    link.channel?.dispose();
    links.delete(host);
  };
}

/** Marks `player` as the popup's and asks the page that opened it to hand playback over. @internal */
export function becomePopup(player: Player): void {
  const link = links.get(player);
  if (!link || link.popup) return;
  link.popup = true;
  link.channel?.becomePopup();
}

/**
 * Plays here what another tab plays ("Listen here"): resumes the current track when it is the
 * same, otherwise plays the other tab's track, and continues from the other tab's position and
 * queue once it answers (an on-demand track; a live stream joins the live edge). The other tab
 * pauses. Playback starts inside the click, so autoplay policies allow it.
 */
export function takeOver(player: Player): Promise<void> {
  const s = player.getState();
  const there = s.playingElsewhere;
  links.get(player)?.channel?.requestHandover();
  return there && trackKey(there) !== trackKey(s.track) ? player.play(there) : player.play();
}

/**
 * Opens the popup player page `url` (`window.open(url, 'nr-player', 'popup,width=420,height=220')`)
 * and hands playback over to it when it reports ready: it pauses here, the popup plays from the
 * same position. Returns `false` when the browser blocked the window (playback goes on here).
 */
export function openPopup(player: Player, url: string): boolean {
  let win: Window | null = null;
  try {
    win = window.open(url, 'nr-player', 'popup,width=420,height=220');
  } catch {
    win = null;
  }
  const link = links.get(player);
  if (!win || !link) return false;
  link.expecting = true;
  link.channel?.expectPopup();
  return true;
}
