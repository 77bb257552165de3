/**
 * Tells a live stream from an on-demand file by what the media element reports, for sources whose
 * data does not say (`live` on the track wins over all of this).
 * @internal
 */
export class LiveDetector {
  /** hls.js said the playlist is live (no end tag). */
  hls = false;
  #lastDuration = 0;
  #growths = 0;

  /** A new source is attached: nothing is known about it yet. */
  reset(): void {
    this.hls = false;
    this.#lastDuration = 0;
    this.#growths = 0;
  }

  /**
   * Whether the element's duration now says live: Infinity (Chromium, WebKit), or, in Firefox, a
   * duration that grows with what has been buffered (an on-demand estimate starts beyond the
   * buffered end). Call it on every `durationchange`; the answer is sticky per source.
   */
  saysLive(media: HTMLMediaElement): boolean {
    const d = media.duration;
    const b = media.buffered;
    const end = b.length ? b.end(b.length - 1) : 0;
    if (Number.isFinite(d) && this.#lastDuration > 0 && d > this.#lastDuration && d <= end + 0.25) this.#growths++;
    this.#lastDuration = d;
    return d === Infinity || this.hls || this.#growths > 0;
  }
}
