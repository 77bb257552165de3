import type { Article, ArticleAudio, ArticleCategory, ArticleImage } from '../article.js';
import { absUrl, excerptOf, fallbackTitle, firstImage, posInt, srcsetOf, textOf, toIsoDate, toSeconds } from './util.js';
import { baseOf, htmlText, kid, kids, plain, raw } from './xml.js';

const NS = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  atom: 'http://www.w3.org/2005/Atom',
};

const isImage = (type: string | null, medium: string | null, url: string) =>
  medium === 'image' || !!type?.startsWith('image/') || (!type && !medium && /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(url));
const isAudio = (type: string | null, medium: string | null, url: string) =>
  medium === 'audio' || !!type?.startsWith('audio/') || (!type && !medium && /\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)(?:[?#]|$)/i.test(url));

/** `media:content` (also inside `media:group`), `media:thumbnail` and `enclosure` elements of an item. */
function mediaOf(item: Element) {
  const groups = kids(item, 'group', NS.media);
  const contents = [item, ...groups].flatMap((el) => kids(el, 'content', NS.media));
  const thumbs = [item, ...groups, ...contents].flatMap((el) => kids(el, 'thumbnail', NS.media));
  return { contents, thumbs, enclosures: kids(item, 'enclosure') };
}

function imageOf(item: Element, base: string, body: string | undefined): ArticleImage | undefined {
  const { contents, thumbs, enclosures } = mediaOf(item);
  const candidates: { url?: string; width?: number; height?: number; alt?: string }[] = [];
  for (const el of contents) {
    const url = el.getAttribute('url') ?? '';
    if (!isImage(el.getAttribute('type'), el.getAttribute('medium'), url)) continue;
    const alt = plain(kid(el, 'text', NS.media)) ?? plain(kid(el, 'description', NS.media));
    candidates.push({ url: absUrl(url, base), width: posInt(el.getAttribute('width')), height: posInt(el.getAttribute('height')), alt });
  }
  for (const el of enclosures) {
    const url = el.getAttribute('url') ?? '';
    if (isImage(el.getAttribute('type'), null, url)) candidates.push({ url: absUrl(url, base) });
  }
  for (const el of thumbs) {
    candidates.push({ url: absUrl(el.getAttribute('url'), base), width: posInt(el.getAttribute('width')), height: posInt(el.getAttribute('height')) });
  }
  const itunes = kid(item, 'image', NS.itunes)?.getAttribute('href');
  if (itunes) candidates.push({ url: absUrl(itunes, base) });
  const valid = candidates.filter((c) => c.url);
  if (!valid.length) return firstImage(body, base);
  // The largest known image is the main source; every sized candidate goes into srcset.
  const main = valid.reduce((best, c) => ((c.width ?? 0) > (best.width ?? 0) ? c : best), valid[0]);
  return { src: main.url!, alt: main.alt ?? valid.find((c) => c.alt)?.alt ?? '', width: main.width, height: main.height, srcset: srcsetOf(valid) };
}

function audioOf(item: Element, base: string, title: string): ArticleAudio | undefined {
  const { contents, enclosures } = mediaOf(item);
  for (const el of [...enclosures, ...contents]) {
    const url = el.getAttribute('url') ?? '';
    const type = el.getAttribute('type');
    if (!isAudio(type, el.getAttribute('medium'), url)) continue;
    const src = absUrl(url, base);
    if (!src) continue;
    const duration = toSeconds(kid(item, 'duration', NS.itunes)?.textContent) ?? toSeconds(el.getAttribute('duration'));
    return { src, type: type ?? undefined, duration, title: title || undefined };
  }
  return undefined;
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; a bare e-mail address is not shown as a name. */
function authorName(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(value);
  if (m) return m[1].trim();
  return /^\S+@\S+\.\S+$/.test(value) ? undefined : value;
}

function parseItem(item: Element, feedUrl: string, language: string | undefined, channelAuthor: string | undefined): Article {
  const base = baseOf(item, feedUrl);
  const description = raw(kid(item, 'description'));
  const encoded = raw(kid(item, 'encoded', NS.content));
  const body = encoded?.trim() ? encoded : description?.trim() ? description : undefined;
  const guid = kid(item, 'guid');
  const guidText = plain(guid);
  const url =
    absUrl(plain(kid(item, 'link')), base) ??
    absUrl(kids(item, 'link', NS.atom).find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href'), base) ??
    (guid?.getAttribute('isPermaLink') !== 'false' ? absUrl(guidText, base) : undefined);
  const excerpt = excerptOf(description) ?? excerptOf(encoded);
  const title = htmlText(kid(item, 'title')) ?? fallbackTitle(excerpt);
  const seen = new Set<string>();
  const categories: ArticleCategory[] = [];
  for (const c of [...kids(item, 'category'), ...kids(item, 'subject', NS.dc)]) {
    const name = textOf(c.textContent);
    if (name && !seen.has(name)) {
      seen.add(name);
      categories.push({ name });
    }
  }
  const author =
    htmlText(kid(item, 'creator', NS.dc)) ?? authorName(htmlText(kid(item, 'author'))) ?? htmlText(kid(item, 'author', NS.itunes)) ?? channelAuthor;
  return {
    id: guidText ?? url,
    url,
    title,
    excerpt,
    bodyHtml: body,
    baseUrl: base,
    image: imageOf(item, base, body),
    categories: categories.length ? categories : undefined,
    published: toIsoDate(plain(kid(item, 'pubDate'))) ?? toIsoDate(plain(kid(item, 'date', NS.dc))),
    modified: toIsoDate(plain(kid(item, 'updated', NS.atom))) ?? toIsoDate(plain(kid(item, 'modified', 'http://purl.org/dc/terms/'))),
    author: author ? { name: author } : undefined,
    audio: audioOf(item, base, title),
    language: plain(kid(item, 'language', NS.dc)) ?? language,
  };
}

/**
 * RSS 2.0 (and RSS 1.0/RDF) items → articles: `content:encoded` (else `description`) as the
 * body, the description as excerpt text, `media:content`/`media:thumbnail`/image `enclosure`/
 * `itunes:image` (else the body's first `<img>`) as image with `srcset`, an audio `enclosure`
 * (or `media:content`) with `itunes:duration` as audio, `dc:creator`/`author`, `category`,
 * RFC 822 `pubDate` or `dc:date`. Relative URLs resolve against `xml:base` or the feed URL.
 */
export function parseRss(doc: Document, feedUrl: string): Article[] {
  const root = doc.documentElement;
  const channel = kid(root, 'channel');
  const language = plain(channel && kid(channel, 'language')) ?? plain(channel && kid(channel, 'language', NS.dc));
  const channelAuthor = channel ? htmlText(kid(channel, 'author', NS.itunes)) : undefined;
  // RSS 2.0 puts items in <channel>; RSS 1.0 next to it.
  const items = [...(channel ? kids(channel, 'item') : []), ...kids(root, 'item')];
  return items.map((item) => parseItem(item, feedUrl, language, channelAuthor)).filter((a) => a.title || a.url);
}
