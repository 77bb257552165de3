import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from './article.js';
import type { DataStatus } from './data-states.js';
import { emit, reportLoadError } from './events.js';
import { LoadError, toLoadError } from './loaders/errors.js';
import { loadArticles, loadParsers } from './loaders/news.js';

/** What a data element exposes to the controller. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timeout?: number;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/** Text of the element's inline data (`<script type="application/json">` child), if any. */
export const readInlineJson = (host: Element): string | undefined =>
  host.querySelector(INLINE_SELECTOR)?.textContent ?? undefined;

const isArticleModel = (v: unknown): v is Article =>
  !!v && typeof v === 'object' && typeof (v as Article).title === 'string' && !('items' in v) && !('@type' in v) && !('@context' in v);

/**
 * Inline JSON: our own `Article` or `Article[]`, or anything the news loaders read (WordPress
 * REST post or list, JSON Feed, schema.org JSON-LD).
 */
export async function parseInlineArticles(text: string): Promise<Article[]> {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data) ? data : [data];
  if (list.length && list.every(isArticleModel)) return list;
  const { parseArticles } = await loadParsers();
  return parseArticles(text, 'application/json', globalThis.document?.baseURI ?? '');
}

/** Copies `over`'s defined fields onto `base` (field by field: a loaded article's gaps keep `base`'s values). */
export function mergeArticle<T extends object>(base: Partial<T>, over: Partial<T> | undefined): Partial<T> {
  const out: Partial<T> = { ...base };
  if (over) for (const [k, v] of Object.entries(over)) if (v !== undefined && v !== null && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}

type Args = readonly [src: string, inline: string | undefined, timeout: number | undefined];

/**
 * Loads a data element's articles from `src` (or its inline JSON) through `@lit/task`: a change
 * of `src` aborts the stale request, and so does removing the element (the load resumes if it is
 * put back). Fires `nr-load` / `nr-error` on the host and logs exactly one console error per
 * failure with the URL and the cause; cancelled loads are silent. A feed with no articles is the
 * empty state, not an error.
 */
export class FeedController implements ReactiveController {
  readonly #host: FeedHost;
  readonly #task: Task<Args, Article[]>;
  #args?: Args;
  #active = false;
  #url = '';
  #resume = false;
  #refocus = false;

  constructor(host: FeedHost) {
    this.#host = host;
    host.addController(this);
    // Runs are started by hostUpdate below, only when there is a source: an element without one
    // never passes through a loading state.
    this.#task = new Task<Args, Article[]>(host, {
      autoRun: false,
      task: async ([src, inline, timeout], { signal }) => {
        this.#url = src;
        try {
          return src ? await loadArticles(src, { signal, timeout }) : parseInlineArticles(inline ?? '');
        } catch (e) {
          if (e instanceof LoadError && e.kind === 'empty') return [];
          throw e;
        }
      },
      onComplete: (articles) => emit(this.#host, 'nr-load', { url: this.#url, count: articles.length }),
      onError: (e) => this.#fail(e),
    });
  }

  hostUpdate() {
    const host = this.#host;
    const src = host.src?.trim() ?? '';
    const t = Number(host.timeout);
    const args: Args = [src, src ? undefined : readInlineJson(host), host.timeout != null && t >= 0 ? t : undefined];
    const last = this.#args;
    if (last && last.every((v, i) => v === args[i])) return;
    this.#args = args;
    this.#active = !!src || args[1] !== undefined;
    if (this.#active) void this.#task.run(args);
    else this.#task.abort();
  }

  hostConnected() {
    if (!this.#resume) return;
    this.#resume = false;
    if (this.#active) void this.#task.run(this.#args);
  }

  hostDisconnected() {
    // @lit/task does not abort on disconnect by itself; a detached element needs no data.
    if (this.#task.status !== TaskStatus.PENDING) return;
    this.#resume = true;
    this.#task.abort();
  }

  hostUpdated() {
    if (!this.#refocus || this.#task.status === TaskStatus.PENDING) return;
    this.#refocus = false;
    // After Retry, keep keyboard focus on the (new) Retry button if loading failed again.
    this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
  }

  /** True when the element has a `src` or inline JSON to load. */
  get hasSource(): boolean {
    return this.#active;
  }

  /** `loading`, `error`, or `ready` once articles arrived (the host decides between ready and empty); `undefined` without a source. */
  get status(): Exclude<DataStatus, 'empty'> | undefined {
    if (!this.#active) return undefined;
    switch (this.#task.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return this.error ? 'error' : 'loading'; // aborted: resumes on reconnect
      default:
        return undefined;
    }
  }

  /** The loaded articles (undefined until ready). */
  get articles(): Article[] | undefined {
    return this.#active && this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  /** The failure, as a `LoadError` (cancelled loads are not failures). */
  get error(): LoadError | undefined {
    if (!this.#active || this.#task.status !== TaskStatus.ERROR) return undefined;
    const error = toLoadError(this.#task.error, this.#url);
    return error.kind === 'aborted' ? undefined : error;
  }

  /** Loads the source again (the Retry button). */
  retry = (): void => {
    this.#refocus = true;
    if (this.#active) void this.#task.run(this.#args);
  };

  #fail(e: unknown) {
    reportLoadError(this.#host, toLoadError(e, this.#url), this.#url);
  }
}
