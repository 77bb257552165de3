import type { Article } from '../article.js';
import { fetchText } from '../fetch.js';
import { LoadError } from './errors.js';

export type { Article } from '../article.js';
export { LoadError, type LoadErrorKind } from './errors.js';

/** What `loadArticles` asks servers for. */
export const NEWS_ACCEPT =
  'application/feed+json, application/rss+xml, application/atom+xml, application/ld+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

export interface LoadArticlesOptions {
  /** Aborts the wait (the element disconnected or its `src` changed). */
  signal?: AbortSignal;
  /** Milliseconds before giving up with a `timeout` error (default 15000). */
  timeout?: number;
}

/** The format parsers, a lazy chunk beside the bundle. */
export const loadParsers = () => import('./parse-articles.js');

const MEMO_SIZE = 8;
const memo = new Map<string, { text: string; articles: Article[] }>();

/**
 * Fetches `url` (through `fetchText`: shared in-flight requests, 60 s memory cache, timeout,
 * abort) and parses it with `parseArticles`, resolving relative URLs against the final URL.
 * Parsed results are shared by callers of the same response: treat the articles as read-only.
 * Rejects with a `LoadError`: `unsupported`, `network`, `timeout`, `http`, `parse`, `empty`
 * (no articles) or `aborted`.
 */
export async function loadArticles(url: string, opts: LoadArticlesOptions = {}): Promise<Article[]> {
  const { signal, timeout } = opts;
  const [res, { parseArticles }] = await Promise.all([fetchText(url, { signal, timeout, accept: NEWS_ACCEPT }), loadParsers()]);
  const key = `${res.contentType}\n${res.url}`;
  let articles = memo.get(key)?.text === res.text ? memo.get(key)!.articles : undefined;
  if (!articles) {
    articles = parseArticles(res.text, res.contentType, res.url);
    memo.delete(key);
    memo.set(key, { text: res.text, articles });
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  }
  if (signal?.aborted) throw new LoadError('aborted', res.url, { cause: signal.reason });
  if (!articles.length) throw new LoadError('empty', res.url);
  return [...articles];
}
