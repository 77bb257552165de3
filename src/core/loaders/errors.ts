/** Why loading data failed. `aborted` means the caller cancelled it (not shown as an error state). */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'empty' | 'unsupported' | 'aborted';

const MESSAGES: Record<LoadErrorKind, string> = {
  network: 'The feed could not be reached.',
  timeout: 'The feed took too long to answer.',
  http: 'The server answered with an error.',
  parse: 'The feed could not be read: it is not valid RSS, Atom, JSON Feed, WordPress or JSON-LD data.',
  empty: 'The feed has no articles.',
  unsupported: 'This address is not supported: only http(s) and relative URLs can be loaded.',
  aborted: 'Loading was cancelled.',
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * A typed loading failure with a human `message` that can be shown to visitors as is
 * ("The server answered 404 Not Found."). `status` is set for `http` errors.
 */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly status?: number;
  readonly url: string;

  constructor(kind: LoadErrorKind, url: string, opts: { status?: number; cause?: unknown; message?: string } = {}) {
    const status = opts.status;
    const message =
      opts.message ??
      (kind === 'http' && status
        ? `The server answered ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}.`
        : MESSAGES[kind]);
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'LoadError';
    this.kind = kind;
    this.url = url;
    if (status !== undefined) this.status = status;
  }
}

const isAbort = (e: unknown) =>
  (e instanceof DOMException || (e instanceof Error && 'name' in e)) && (e as Error).name === 'AbortError';

/**
 * Turns anything thrown while loading into a `LoadError`: a `LoadError` is returned as is, an
 * `AbortError` becomes `aborted`, a `TimeoutError` `timeout`, a `SyntaxError` (bad JSON) `parse`,
 * and everything else (`TypeError: Failed to fetch` …) `network`.
 */
export function toLoadError(e: unknown, url: string): LoadError {
  if (e instanceof LoadError) return e;
  if (isAbort(e)) return new LoadError('aborted', url, { cause: e });
  if (e instanceof Error && e.name === 'TimeoutError') return new LoadError('timeout', url, { cause: e });
  if (e instanceof SyntaxError) return new LoadError('parse', url, { cause: e });
  return new LoadError('network', url, { cause: e });
}
