import type { Article } from '../article.js';
import { parseDocument } from '../trusted-types.js';
import { parseAtom } from './atom.js';
import { isJsonFeed, parseJsonFeed } from './json-feed.js';
import { isJsonLd, parseJsonLd } from './json-ld.js';
import { parseRss } from './rss.js';
import { parseError } from './util.js';
import { isWordPress, parseWordPress, wordPressError } from './wordpress.js';
import { parseXml } from './xml.js';

// The news format parsers. `loadArticles` (news.ts) imports this module lazily, in parallel with
// the request, so pages without a news feed never download it.

function parseJson(text: string, contentType: string, baseUrl: string): Article[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw parseError(baseUrl, 'it is not valid JSON.', e);
  }
  if (isJsonFeed(data)) return parseJsonFeed(data, baseUrl);
  if (contentType.includes('ld+json') || isJsonLd(data)) return parseJsonLd(data, baseUrl);
  if (isWordPress(data)) return parseWordPress(data, baseUrl);
  const wpError = wordPressError(data, baseUrl);
  if (wpError) throw wpError;
  if (Array.isArray(data) && data.length === 0) return [];
  throw parseError(baseUrl, 'the JSON is neither JSON Feed, WordPress REST nor schema.org JSON-LD.');
}

function readJsonLdFrom(root: ParentNode, base: string): Article[] {
  const scripts = [...root.querySelectorAll('script[type]')].filter((s) => /^application\/ld\+json\b/i.test(s.getAttribute('type')!.trim()));
  if (root instanceof Element && root.matches('script[type]') && /^application\/ld\+json\b/i.test(root.getAttribute('type')!)) scripts.unshift(root);
  const out: Article[] = [];
  for (const script of scripts) {
    try {
      out.push(...parseJsonLd(JSON.parse(script.textContent ?? ''), base));
    } catch {
      // A broken JSON-LD block on a page is ignored, like search engines do.
    }
  }
  return out;
}

/**
 * Articles described by `<script type="application/ld+json">` blocks (schema.org `NewsArticle`,
 * `Article`, `BlogPosting`…, also inside `@graph`) in `root` or `root` itself. Invalid blocks
 * are skipped. Relative URLs resolve against the node's `baseURI`.
 */
export function readJsonLdArticles(root: Document | Element): Article[] {
  return readJsonLdFrom(root, root.baseURI);
}

function parseHtmlPage(text: string, baseUrl: string): Article[] {
  const doc = parseDocument(text, 'text/html');
  let base = baseUrl;
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  try {
    if (href) base = new URL(href, baseUrl).href;
  } catch {
    /* keep the page URL */
  }
  return readJsonLdFrom(doc, base);
}

const isHtmlPage = (body: string, type: string) =>
  /^(?:<!--[\s\S]*?-->\s*)*<!doctype html/i.test(body) ||
  /^<html[\s>]/i.test(body) ||
  (type === 'text/html' && !/^<\?xml/.test(body) && !/<(?:rss|feed|rdf:RDF)[\s>]/.test(body.slice(0, 4096)));

/**
 * Parses news data of any supported format into articles (pure, no network; `[]` when the
 * data holds none). The format comes from the content, with `contentType` breaking ties — never
 * from a file extension: RSS 2.0/1.0, Atom 1.0, JSON Feed 1.x, WordPress REST (`/wp/v2/posts`,
 * a single post, with or without `_embed`), schema.org JSON-LD, or an HTML page carrying
 * JSON-LD. Relative URLs resolve against `baseUrl`. Throws a `parse` LoadError for malformed data.
 */
export function parseArticles(text: string, contentType: string, baseUrl: string): Article[] {
  const type = (contentType || '').split(';')[0].trim().toLowerCase();
  const body = String(text ?? '').replace(/^\uFEFF/, '').trimStart();
  if (!body) return [];
  if (body[0] === '{' || body[0] === '[') return parseJson(body, type, baseUrl);
  if (body[0] === '<') {
    if (isHtmlPage(body, type)) return parseHtmlPage(body, baseUrl);
    const doc = parseXml(body, baseUrl);
    const root = doc.documentElement;
    if (root.localName === 'rss' || root.localName === 'RDF') return parseRss(doc, baseUrl);
    if (root.localName === 'feed' || root.localName === 'entry') return parseAtom(doc, baseUrl);
    throw parseError(baseUrl, `<${root.localName}> is not an RSS or Atom feed.`);
  }
  throw parseError(baseUrl, 'it is not XML, JSON or HTML.');
}
