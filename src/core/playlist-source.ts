import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Track } from './audio/types.js';
import type { DataStatus } from './data-states.js';
import { emit, reportLoadError } from './events.js';
import { toLoadError, type LoadError } from './loaders/errors.js';
import { LazyTracks, type PlaylistParseResult, type TrackList } from './loaders/json-playlist.js';
import { loadTracks, readTracksFromElement } from './loaders/playlist.js';

/** What a playlist element exposes to the controller. */
export interface PlaylistSourceHost extends ReactiveControllerHost, HTMLElement {
  items?: Track[];
  src?: string;
  timeout?: number;
}

/** The data of a playlist element: `ready` may still hold no tracks (the host shows "empty"). */
export interface PlaylistData {
  status: Exclude<DataStatus, 'empty'>;
  /** `tracks` is a `LazyTracks` for the `items` property (validated as rows are needed). */
  result?: { tracks: TrackList; skipped: number };
  error?: LoadError;
}

/**
 * Where a playlist element's tracks come from, first found wins: the `items` property (URLs
 * checked like any other source, lazily: see `LazyTracks`), `src` (loaded through `@lit/task`, so a new `src` aborts the
 * stale request; removing the element aborts it and putting it back resumes), or the element's
 * own markup (inline JSON or `<a href>` links, re-read when it changes). Fires `nr-load` /
 * `nr-error` on the host and logs one console error per failure; cancelled loads are silent.
 * @internal
 */
export class PlaylistSourceController implements ReactiveController {
  #items?: [Track[], LazyTracks];
  #markup?: { result?: PlaylistParseResult; error?: LoadError };
  #observer?: MutationObserver;
  #loaded?: [string, number | undefined];
  #resume = false;
  #task: Task<readonly [string, number | undefined], PlaylistParseResult>;

  constructor(private host: PlaylistSourceHost) {
    host.addController(this);
    this.#task = new Task(host, {
      autoRun: false,
      args: () => [host.src ?? '', host.timeout] as const,
      task: ([src, timeout], { signal }) => loadTracks(src, { signal, timeout }),
      onComplete: (r) => emit(host, 'nr-load', { url: host.src ?? '', count: r.tracks.length, skipped: r.skipped }),
      onError: (e) => reportLoadError(host, toLoadError(e, host.src ?? '')),
    });
  }

  hostConnected() {
    if (this.#resume) void this.#task.run();
    this.#resume = false;
    this.#readMarkup();
    // The host's own attributes (`status`…) are not content: only changes inside it count.
    this.#observer ??= new MutationObserver((records) => records.some((r) => r.target !== this.host || r.type !== 'attributes') && this.#readMarkup());
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    // @lit/task does not abort on disconnect by itself; a detached element needs no data.
    if (this.#task.status === TaskStatus.PENDING) {
      this.#resume = true;
      this.#task.abort();
    }
  }

  hostUpdate() {
    const { items, src, timeout } = this.host;
    const args: [string, number | undefined] = [items ? '' : (src ?? ''), timeout];
    const last = this.#loaded;
    this.#loaded = args;
    if (args[0] && (args[0] !== last?.[0] || args[1] !== last[1])) void this.#task.run();
    if (!args[0] && last?.[0]) this.#readMarkup();
  }

  get data(): PlaylistData {
    const { items, src } = this.host;
    if (items) {
      if (this.#items?.[0] !== items) this.#items = [items, new LazyTracks(items, document.baseURI)];
      return { status: 'ready', result: { tracks: this.#items[1], skipped: this.#items[1].skipped } };
    }
    if (src) {
      const s = this.#task.status;
      if (s === TaskStatus.COMPLETE) return { status: 'ready', result: this.#task.value };
      const error = s === TaskStatus.ERROR ? toLoadError(this.#task.error, src) : undefined;
      return error && error.kind !== 'aborted' ? { status: 'error', error } : { status: 'loading' };
    }
    const m = this.#markup;
    return m?.error ? { status: 'error', error: m.error } : { status: 'ready', result: m?.result };
  }

  /** Loads `src` again, or re-reads the markup (the Retry button). */
  retry = () => {
    if (this.host.src && !this.host.items) void this.#task.run();
    else this.#readMarkup();
  };

  #readMarkup() {
    if (this.host.src || this.host.items) return;
    try {
      const result = readTracksFromElement(this.host);
      this.#markup = result && { result };
      if (result) emit(this.host, 'nr-load', { url: '', count: result.tracks.length, skipped: result.skipped });
    } catch (e) {
      this.#markup = { error: toLoadError(e, '') };
      reportLoadError(this.host, this.#markup.error!);
    }
    this.host.requestUpdate();
  }

}
