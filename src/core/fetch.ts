import { LoadError, toLoadError } from './loaders/errors.js';

/** What `fetchText` resolves with. */
export interface FetchedText {
  text: string;
  /** The response's `Content-Type` header, or `''`. */
  contentType: string;
  /** The final URL after redirects (use it to resolve relative URLs in the body). */
  url: string;
}

export interface FetchTextOptions {
  /** Cancels this caller's wait; the shared request stops once no caller wants it any more. */
  signal?: AbortSignal;
  /** Milliseconds before this caller gives up with a `timeout` error (default 15000; 0 = never). */
  timeout?: number;
  /** `Accept` request header. */
  accept?: string;
  /** Reuse a response fetched less than this many milliseconds ago (default 60000; 0 = always fetch). */
  maxAge?: number;
}

interface InFlight {
  promise: Promise<FetchedText>;
  controller: AbortController;
  users: number;
}

const MAX_CACHED = 20;
const inFlight = new Map<string, InFlight>();
const cache = new Map<string, { value: FetchedText; at: number }>();

/** Forgets every cached response (for tests, or after the visitor asks for fresh data). */
export function clearFetchCache(): void {
  cache.clear();
}

/**
 * Decodes a body the way feed readers do: a byte order mark wins, then the `charset` of the
 * content type, then the `encoding` of an XML declaration (old feeds in ISO-8859-1 or
 * windows-1252 often have only that), then UTF-8.
 */
function decode(bytes: Uint8Array, contentType: string): string {
  let label: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    label =
      /;\s*charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
      /^\s*<\?xml[^>]*\sencoding=["']([\w.:-]+)["']/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 256)))?.[1];
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes); // unknown label
  }
}

function start(key: string, href: string, accept: string | undefined): InFlight {
  const controller = new AbortController();
  const promise = (async (): Promise<FetchedText> => {
    const response = await fetch(href, {
      signal: controller.signal,
      headers: accept ? { Accept: accept } : undefined,
      credentials: 'same-origin',
    });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new LoadError('http', href, { status: response.status });
    }
    const contentType = response.headers.get('content-type') ?? '';
    return { text: decode(new Uint8Array(await response.arrayBuffer()), contentType), contentType, url: response.url || href };
  })();
  const entry: InFlight = { promise, controller, users: 0 };
  const settle = () => {
    if (inFlight.get(key) === entry) inFlight.delete(key);
  };
  promise.then(
    (value) => {
      settle();
      cache.delete(key);
      cache.set(key, { value, at: Date.now() });
      if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
    },
    () => {
      settle();
      cache.delete(key);
    },
  );
  inFlight.set(key, entry);
  return entry;
}

/**
 * Fetches `url` as text. Only http(s) and relative URLs are fetched (anything else rejects with
 * `unsupported`). Callers asking for the same URL at the same time share one request (ten cards
 * on one feed make one request); one caller aborting or timing out leaves the request running
 * for the others and it is cancelled only when nobody waits for it any more. Successful responses
 * are kept in memory (the last 20 URLs) and reused for `maxAge` ms (60 s). Every failure is a `LoadError`: `network`, `timeout`,
 * `http` (with `status`) or `aborted`.
 */
export function fetchText(url: string, opts: FetchTextOptions = {}): Promise<FetchedText> {
  const { signal, timeout = 15000, accept, maxAge = 60000 } = opts;
  let href: string;
  try {
    const parsed = new URL(url, globalThis.document?.baseURI);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(parsed.protocol);
    href = parsed.href;
  } catch (e) {
    return Promise.reject(new LoadError('unsupported', String(url), { cause: e }));
  }
  if (signal?.aborted) return Promise.reject(new LoadError('aborted', href, { cause: signal.reason }));

  const key = `${accept ?? ''}\n${href}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < maxAge) return Promise.resolve({ ...cached.value });

  const entry = inFlight.get(key) ?? start(key, href, accept);
  entry.users++;

  return new Promise<FetchedText>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      entry.users--;
    };
    const leave = (error: LoadError) => {
      if (done) return;
      finish();
      if (entry.users === 0 && inFlight.get(key) === entry) {
        inFlight.delete(key);
        entry.controller.abort(error);
      }
      reject(error);
    };
    const onAbort = () => leave(new LoadError('aborted', href, { cause: signal?.reason }));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeout > 0 && Number.isFinite(timeout)) timer = setTimeout(() => leave(new LoadError('timeout', href)), timeout);
    entry.promise.then(
      (value) => {
        if (done) return;
        finish();
        resolve({ ...value });
      },
      (error: unknown) => {
        if (done) return;
        finish();
        reject(toLoadError(error, href));
      },
    );
  });
}
