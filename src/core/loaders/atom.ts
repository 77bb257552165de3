import type { Article, ArticleAuthor, ArticleCategory, ArticleImage } from '../article.js';
import { htmlToText } from '../html-text.js';
import { absLinkUrl, absUrl, excerptOf, fallbackTitle, firstImage, posInt, textToHtml, toIsoDate } from './util.js';
import { baseOf, kid, kids, langOf, plain } from './xml.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'http://search.yahoo.com/mrss';
const XHTML = 'http://www.w3.org/1999/xhtml';

const akid = (el: Element, name: string) => kid(el, name, ATOM);
const akids = (el: Element, name: string) => kids(el, name, ATOM);

/** The `div` of an xhtml text construct, serialized (our sanitizer parses it again as HTML). */
function xhtmlOf(el: Element): string {
  const div = [...el.children].find((c) => c.localName === 'div' && c.namespaceURI === XHTML) ?? el;
  const s = new XMLSerializer();
  return [...div.childNodes].map((n) => s.serializeToString(n)).join('');
}

/** A text construct (`title`, `summary`, `content`) as HTML. */
function asHtml(el: Element | undefined): string | undefined {
  if (!el || el.hasAttribute('src')) return undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return el.textContent ?? undefined;
  if (type === 'xhtml' || type === 'application/xhtml+xml') return xhtmlOf(el);
  if (type === 'text' || type.startsWith('text/')) return textToHtml(el.textContent ?? '');
  return undefined; // base64 or other media types
}

/** A text construct as plain text. */
function asText(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'html') return htmlToText(el.textContent ?? '') || undefined;
  if (type === 'xhtml') return htmlToText(xhtmlOf(el)) || undefined;
  return plain(el);
}

function personOf(el: Element | undefined, base: string): ArticleAuthor | undefined {
  const name = el && plain(akid(el, 'name'));
  if (!el || !name) return undefined;
  const uriEl = akid(el, 'uri');
  return { name, url: absLinkUrl(plain(uriEl), uriEl ? baseOf(uriEl, base) : base) };
}

function imageOf(entry: Element, feedUrl: string, body: string | undefined, bodyBase: string): ArticleImage | undefined {
  const groups = kids(entry, 'group', MEDIA);
  for (const el of [entry, ...groups].flatMap((e) => [...kids(e, 'content', MEDIA), ...kids(e, 'thumbnail', MEDIA)])) {
    const type = el.getAttribute('type');
    if (el.localName === 'content' && el.getAttribute('medium') !== 'image' && !type?.startsWith('image/')) continue;
    const src = absUrl(el.getAttribute('url'), baseOf(el, feedUrl));
    if (src) return { src, alt: '', width: posInt(el.getAttribute('width')), height: posInt(el.getAttribute('height')) };
  }
  const enclosure = akids(entry, 'link').find((l) => l.getAttribute('rel') === 'enclosure' && l.getAttribute('type')?.startsWith('image/'));
  const src = enclosure && absUrl(enclosure.getAttribute('href'), baseOf(enclosure, feedUrl));
  return src ? { src, alt: '' } : firstImage(body, bodyBase);
}

function parseEntry(entry: Element, feed: Element, feedUrl: string): Article {
  const links = akids(entry, 'link');
  const href = (l: Element | undefined) => (l ? absUrl(l.getAttribute('href'), baseOf(l, feedUrl)) : undefined);
  const alternate =
    links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && /html/.test(l.getAttribute('type') ?? 'text/html')) ??
    links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const contentEl = akid(entry, 'content');
  const summaryEl = akid(entry, 'summary');
  const body = asHtml(contentEl) ?? asHtml(summaryEl);
  const bodyBase = baseOf(contentEl && asHtml(contentEl) !== undefined ? contentEl : (summaryEl ?? entry), feedUrl);
  const excerpt = excerptOf(summaryEl ? asText(summaryEl) : undefined) ?? excerptOf(contentEl ? asText(contentEl) : undefined);
  const title = asText(akid(entry, 'title')) ?? fallbackTitle(excerpt);
  const categories: ArticleCategory[] = akids(entry, 'category')
    .map((c) => ({ name: (c.getAttribute('label') || c.getAttribute('term') || '').trim() }))
    .filter((c, i, all) => c.name && all.findIndex((o) => o.name === c.name) === i);
  const audioLink = links.find((l) => l.getAttribute('rel') === 'enclosure' && l.getAttribute('type')?.startsWith('audio/'));
  const audioSrc = href(audioLink);
  return {
    id: plain(akid(entry, 'id')),
    url: href(alternate),
    title,
    excerpt,
    bodyHtml: body?.trim() ? body : undefined,
    baseUrl: bodyBase,
    image: imageOf(entry, feedUrl, body, bodyBase),
    categories: categories.length ? categories : undefined,
    published: toIsoDate(plain(akid(entry, 'published'))) ?? toIsoDate(plain(akid(entry, 'updated'))),
    modified: toIsoDate(plain(akid(entry, 'updated'))),
    author: personOf(akid(entry, 'author'), baseOf(entry, feedUrl)) ?? personOf(akid(feed, 'author'), baseOf(feed, feedUrl)),
    audio: audioSrc ? { src: audioSrc, type: audioLink!.getAttribute('type') ?? undefined, title: title || undefined } : undefined,
    language: langOf(entry),
  };
}

/**
 * Atom 1.0 entries → articles: `content` (html, xhtml or text; out-of-line `src` content is
 * skipped) else `summary` as body, `summary` as excerpt text, the `alternate` link, `published`
 * (else `updated`), entry or feed `author`, `category` labels, `media:thumbnail` or an image
 * enclosure, an audio enclosure. `xml:base` applies to every link and to relative URLs in the
 * body (returned as `baseUrl`); `xml:lang` becomes `language`.
 */
export function parseAtom(doc: Document, feedUrl: string): Article[] {
  const feed = doc.documentElement;
  const entries = feed.localName === 'entry' ? [feed] : akids(feed, 'entry');
  return entries.map((e) => parseEntry(e, feed, feedUrl)).filter((a) => a.title || a.url);
}
