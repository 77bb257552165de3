/**
 * Throttled text for a polite live region. Screen readers queue every change of a live region,
 * so a burst (a listener skipping through five stations, metadata arriving right after the track
 * change) would be read out in full. The announcer lets one message through at once, then at
 * most one every `interval` ms; within that window only the latest message is kept. A message
 * equal to the one last announced is dropped.
 *
 * ```ts
 * const announcer = new Announcer((text) => { this.announcement = text; this.requestUpdate(); });
 * announcer.announce('Now playing: Jazz, FlowFM mix');
 * ```
 * @internal
 */
export class Announcer {
  #write: (text: string) => void;
  #interval: number;
  #last = -Infinity;
  #lastText = '';
  #pending?: string;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(write: (text: string) => void, interval = 2000) {
    this.#write = write;
    this.#interval = interval;
  }

  announce(text: string): void {
    if (!text) return;
    if (this.#timer === undefined && text === this.#lastText) return;
    const wait = this.#last + this.#interval - performance.now();
    if (wait <= 0 && this.#timer === undefined) {
      this.#flush(text);
      return;
    }
    this.#pending = text;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      const next = this.#pending;
      this.#pending = undefined;
      if (next && next !== this.#lastText) this.#flush(next);
    }, Math.max(0, wait));
  }

  /** Drops a pending message (call when the host disconnects). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }

  #flush(text: string) {
    this.#last = performance.now();
    this.#lastText = text;
    this.#write(text);
  }
}
