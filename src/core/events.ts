import type { Article } from './article.js';
import type { LoadError, LoadErrorKind } from './loaders/errors.js';
import type { PlayerState, Track } from './audio/types.js';

/** Detail of `nr-article-open`: cancel it to route the click yourself. */
export interface NrArticleOpenDetail {
  article: Article;
  url: string;
}
export type NrArticleOpenEvent = CustomEvent<NrArticleOpenDetail>;

/** Detail of `nr-load`: a data element loaded its `src` (or inline JSON: `url` is then `''`). */
export interface NrLoadDetail {
  url: string;
  /** Number of items the source held. */
  count: number;
  /** `<radio-playlist>`: entries left out because their URL was unsafe or unparseable. */
  skipped?: number;
}
export type NrLoadEvent = CustomEvent<NrLoadDetail>;

/** Detail of `nr-error`: loading a data element's source failed (fired once per failure). */
export interface NrErrorDetail {
  /** The `src` (`''` for inline JSON). */
  url: string;
  /** `network`, `timeout`, `http`, `parse`, `empty` or `unsupported` for loaders; other elements may add their own. */
  kind: LoadErrorKind | (string & {});
  /** HTTP status for `http` errors. */
  status?: number;
  /** Human-readable message, as shown in the element. */
  message: string;
  /** Player errors (`network`, `decode`, `unsupported`, `autoplay-blocked`, `gave-up`): the player's name. */
  player?: string;
  /** Player errors: the track that failed. */
  track?: Track | null;
}
export type NrErrorEvent = CustomEvent<NrErrorDetail>;

/** Detail of the player events (`nr-play`, `nr-pause`, `nr-ended`), dispatched on `document`. */
export interface NrPlayerDetail {
  /** Name of the player (`getPlayer(name)`). */
  player: string;
  track: Track | null;
}
export type NrPlayEvent = CustomEvent<NrPlayerDetail>;
export type NrPauseEvent = CustomEvent<NrPlayerDetail>;
export type NrEndedEvent = CustomEvent<NrPlayerDetail>;

/** Detail of `nr-track-change`: the player's current track changed. */
export interface NrTrackChangeDetail extends NrPlayerDetail {
  /** Index in the queue, -1 when not queued. */
  index: PlayerState['index'];
  previous: Track | null;
}
export type NrTrackChangeEvent = CustomEvent<NrTrackChangeDetail>;

/** Detail of `nr-reconnect`: the player lost the stream and will try again after `delay` ms. */
export interface NrReconnectDetail extends NrPlayerDetail {
  /** 1-based attempt number. */
  attempt: number;
  /** Milliseconds until the attempt. */
  delay: number;
  /** What was detected: `error`, `network`, `stalled`, `ended`, `watchdog`, `load-timeout`. */
  reason: string;
}
export type NrReconnectEvent = CustomEvent<NrReconnectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'nr-article-open': NrArticleOpenEvent;
    'nr-load': NrLoadEvent;
    'nr-error': NrErrorEvent;
    'nr-play': NrPlayEvent;
    'nr-pause': NrPauseEvent;
    'nr-ended': NrEndedEvent;
    'nr-track-change': NrTrackChangeEvent;
    'nr-reconnect': NrReconnectEvent;
  }
}

/** Dispatches a bubbling, composed `CustomEvent`; returns `false` when a listener cancelled it. */
export function emit<D extends object>(el: Element, type: string, detail: D, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * A data element's failed load: one console error naming the element and the source, then
 * `nr-error` on it. A cancelled load (`aborted`) is no failure.
 * @internal
 */
export function reportLoadError(host: Element, error: LoadError, url = error.url): void {
  if (error.kind === 'aborted') return;
  const detail: NrErrorDetail = { url, kind: error.kind, message: error.message };
  if (error.status !== undefined) detail.status = error.status;
  const what = url ? `"${url}"` : 'its inline JSON';
  const why = error.kind === 'http' ? `HTTP ${error.status}` : error.kind;
  console.error(`<${host.localName}> could not load ${what} (${why}): ${error.message}`, error.cause ?? error);
  emit(host, 'nr-error', detail);
}
