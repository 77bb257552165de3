/**
 * The media's turn. `play()` of a source that already has data queues the element's `play` and
 * `playing` events as a task at once. The elements' feedback for that click, rendered in the
 * microtasks after it, made Chromium lay out and paint a frame before that task ran, and `playing`
 * waited for it. While a turn is open, the player's elements render, and the `playing` message to
 * other tabs goes out, in a task queued behind the media's events: as a rule before the next frame
 * (at worst one frame later). A source without data yet opens no turn: its `playing` comes after
 * the network, and the feedback renders at once.
 */
let channel: MessagePort | undefined;
/** Messages posted and not yet received: a turn ends with the last, behind the last play()'s events. */
let posted = 0;
let turn: Promise<void>;
let endTurn: () => void;

/** The port that ends turns, opened (~0.4 ms, not to be paid in a click) when a player is made. @internal */
export function prepareMediaTurn(): MessagePort {
  if (!channel) {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => void (--posted || endTurn());
    channel = port2;
  }
  return channel;
}

/** Opens the media's turn, right after `play()` was called. @internal */
export function yieldToMedia(): void {
  const port = prepareMediaTurn();
  if (!posted++) turn = new Promise((resolve) => (endTurn = resolve));
  port.postMessage(0);
}

/** Runs `fn` now, or after the media's turn while one is open (then its result is a promise). @internal */
export const afterMediaTurn = <T>(fn: () => T): T | Promise<T> => (posted ? turn.then(fn) : fn());
