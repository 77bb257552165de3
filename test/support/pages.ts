// Helpers for tests that drive more than one page (cross-tab, popup, navigation): real clicks
// (WebKit only lets a user gesture start audio), awaiting player states, currentTime advancing.
import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { Player, PlayerState } from '../../src/core/audio/types.js';
import { until as untilState } from '../core/audio/helpers.js';

/** Resolves with the first state (now or later) for which `test` holds (30 s by default). */
export const until = (player: Player, test: (s: PlayerState) => unknown, what: string, ms = 30000): Promise<PlayerState> =>
  untilState(player, test, what, ms);

export const probe = new Audio();
export const mp3 = probe.canPlayType('audio/mpeg') !== '';
/** A 60 s file where MP3 decodes, else a 3 s WAV (every engine decodes PCM WAV). */
export const ON_DEMAND = mp3 ? '/audio/long.mp3' : '/audio/tone.wav';

export const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a sighted user reads in `el`'s shadow root (the visually hidden live region left out). */
export function visibleText(el: Element): string {
  const out: string[] = [];
  const walk = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    if (!node.parentElement?.closest('.nr-visually-hidden, [hidden]')) out.push(node.textContent ?? '');
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

export const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);


/** Waits until `media.currentTime` moves by `by` seconds while the player plays. */
export async function advances(player: Player, media: HTMLAudioElement, by = 0.5): Promise<number> {
  await until(player, (s) => s.status === 'playing', 'playing');
  const from = media.currentTime;
  await waitUntil(() => media.currentTime >= from + by, `currentTime to advance from ${from}`, { timeout: 20000 });
  return media.currentTime;
}

/** The offset of `el`'s window in the top page (0,0 for the top page; the iframe's box otherwise). */
function frameOffset(win: Window): [number, number] {
  let x = 0;
  let y = 0;
  for (let w = win; w !== w.parent && w.frameElement; w = w.parent) {
    const r = w.frameElement.getBoundingClientRect();
    x += r.x + w.frameElement.clientLeft;
    y += r.y + w.frameElement.clientTop;
  }
  return [x, y];
}

/** A real mouse click in the middle of `target`, which may live in a same-origin iframe. */
export async function click(target: Element) {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  const [dx, dy] = frameOffset(target.ownerDocument.defaultView!);
  await sendMouse({ type: 'click', position: [Math.round(dx + r.x + r.width / 2), Math.round(dy + r.y + r.height / 2)] });
}

/** Adds an iframe showing `src` to the page and resolves once `ready(win)` returns a value. */
export async function frame<T>(src: string, ready: (win: Window) => T | undefined, size = 'width:640px;height:260px'): Promise<{ iframe: HTMLIFrameElement; value: T }> {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('style', `${size};border:0;display:block`);
  iframe.allow = 'autoplay';
  iframe.src = src;
  document.body.append(iframe);
  let value: T | undefined;
  await waitUntil(() => (value = iframe.contentWindow ? ready(iframe.contentWindow) : undefined) !== undefined, `${src} to be ready`, {
    timeout: 30000,
  });
  return { iframe, value: value! };
}
